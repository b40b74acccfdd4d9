using System.Text.Json;
using ClaimCheck.Recognition;

namespace ClaimCheck.Tests.Events;

/// <summary>A place hierarchy from a child → parent map (Specs/place-hierarchy.json), standing in for the gazetteer.</summary>
public sealed class FakePlaceHierarchy : IPlaceHierarchy
{
    private readonly Dictionary<string, string> _parents;

    public FakePlaceHierarchy(IReadOnlyDictionary<string, string> parents) => _parents = new(parents, StringComparer.Ordinal);

    public static FakePlaceHierarchy FromSpec()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Specs", "place-hierarchy.json")));
        var parents = doc.RootElement.GetProperty("parents").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
        return new FakePlaceHierarchy(parents);
    }

    public IReadOnlyList<string> Ancestors(string place)
    {
        var result = new List<string>();
        var current = place;
        while (_parents.TryGetValue(current, out var parent) && !result.Contains(parent) && parent != place)
        {
            result.Add(parent);
            current = parent;
        }
        return result;
    }
}
