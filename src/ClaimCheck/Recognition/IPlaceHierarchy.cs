namespace ClaimCheck.Recognition;

/// <summary>Containment between canonical place names (Yarmouk camp lies in southern Damascus, which lies in Damascus).</summary>
public interface IPlaceHierarchy
{
    /// <summary>The places that contain <paramref name="place"/>, nearest first; empty when unknown or top-level.</summary>
    IReadOnlyList<string> Ancestors(string place);
}
