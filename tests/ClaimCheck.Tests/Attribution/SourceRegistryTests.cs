using ClaimCheck.Attribution;

namespace ClaimCheck.Tests.Attribution;

/// <summary>Outlet names as manifests write them: a qualifier in brackets or a relay ("via …") after the name.</summary>
public class SourceRegistryTests
{
    [Theory]
    [InlineData("X", "")]
    [InlineData("(Q) X", "")]
    [InlineData("X (via Y)", "X")]
    [InlineData("X (VIA Y)", "X")]
    [InlineData("X (Q)", "X")]
    [InlineData("X (Q, via Y)", "X (Q)|X")]
    [InlineData("X (Q1, Q2, via Y)", "X (Q1, Q2)|X")]
    [InlineData("X (via Y", "X")]
    [InlineData("X ()", "X")]
    [InlineData("X (viaduct)", "X")]
    public void BracketFormsDropTheRelayThenTheBrackets(string name, string expected)
    {
        var wanted = expected.Length == 0 ? [] : expected.Split('|');
        Assert.Equal(wanted, SourceRegistry.BracketForms(name).ToArray());
    }

    [Fact]
    public void TheWholeBracketedNameWinsOverTheBareName()
    {
        var registry = SourceRegistry.Default.With(
        [
            new Source("Qualified", Camp.State, SourceKind.Outlet, ["Al-Test (Syria)"]),
            new Source("Bare", Camp.Opposition, SourceKind.Outlet, ["Al-Test"]),
        ]);
        Assert.True(registry.TryFind("Al-Test (Syria)", out var q) && q.Name == "Qualified");
        Assert.True(registry.TryFind("Al-Test (Syria, via Elsewhere)", out var v) && v.Name == "Qualified");
        Assert.True(registry.TryFind("Al-Test (Oman)", out var b) && b.Name == "Bare");
    }
}
