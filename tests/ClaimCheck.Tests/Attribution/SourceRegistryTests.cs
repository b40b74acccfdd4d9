using ClaimCheck.Attribution;

namespace ClaimCheck.Tests.Attribution;

/// <summary>
/// The built-in source registry: outlet names as manifests write them (a qualifier in brackets, a relay "via …") find their
/// source, unknown outlets stay unknown, and the registry is consistent (no name of one source is another's alias).
/// </summary>
public class SourceRegistryTests
{
    [Theory]
    [InlineData("Al-Watan (Syria)", "Al-Watan (Syria)", "state")]
    [InlineData("Al-Watan (Saudi Arabia, via Some Aggregator)", "Al-Watan (Saudi Arabia)", "other")]
    [InlineData("Sham FM", "Sham FM", "state")]
    [InlineData("Zaman al-Wasl", "Zaman al-Wasl", "opposition")]
    [InlineData("Zaman Alwasl", "Zaman al-Wasl", "opposition")]
    [InlineData("Horrya Press", "Horria Press", "opposition")]
    [InlineData("Horriya Press", "Horria Press", "opposition")]
    [InlineData("Step News Agency", "Step News Agency", "opposition")]
    [InlineData("Qasioun News Agency", "Qasioun News Agency", "opposition")]
    [InlineData("Syria 24 (SY-24)", "Syria 24", "opposition")]
    [InlineData("SMART News Agency (via Some Aggregator)", "SMART", "opposition")]
    [InlineData("dpa (via example.com)", "DPA", "other")]
    [InlineData("Mehr News (Iran)", "Mehr News Agency", "other")]
    [InlineData("Sputnik Arabic", "Sputnik", "other")]
    [InlineData("Al Mayadeen", "Al Mayadeen", "other")]
    [InlineData("Syrian Observatory for Human Rights", "SOHR", "sohr")]
    [InlineData("الهلال الأحمر العربي السوري", "Syrian Arab Red Crescent", "other")]
    [InlineData("الشبكة السورية لحقوق الإنسان", "Syrian Network for Human Rights", "opposition")]
    [InlineData("هيئة تحرير الشام", "Opposition factions", "opposition")]
    [InlineData("مركز المصالحة الروسي في حميميم", "Russian Ministry of Defence", "other")]
    public void ManifestNamesFindTheirSource(string outlet, string expected, string camp)
    {
        Assert.True(SourceRegistry.Default.TryFind(outlet, out var source), outlet);
        Assert.Equal(expected, source.Name);
        Assert.Equal(camp, source.Camp?.ToString().ToLowerInvariant());
    }

    [Theory]
    [InlineData("Al-Watan (Bahrain)")]
    [InlineData("Al-Watan (Oman, via Some Aggregator)")]
    [InlineData("Al-Watan")]
    [InlineData("Al-Masdar Online")]
    [InlineData("(via Syria TV)")]
    [InlineData("Unknown Outlet (via Syria TV)")]
    public void OtherOutletsStayUnknown(string outlet) => Assert.False(SourceRegistry.Default.TryFind(outlet, out _), outlet);

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

    [Fact]
    public void NoSourceNameIsAnotherSourcesAlias()
    {
        var registry = SourceRegistry.Default;
        foreach (var s in registry.Sources)
        {
            Assert.True(registry.TryFind(s.Name, out var found), s.Name);
            Assert.Equal(s.Name, found.Name);
            Assert.NotEmpty(s.Aliases);
        }
    }
}
