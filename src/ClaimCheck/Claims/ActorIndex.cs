using ClaimCheck.Recognition;
using ClaimCheck.Text;

namespace ClaimCheck.Claims;

/// <summary>A layer of the Document: the actor mention starting and the one ending at each token, so the rule sets look them up in O(1).</summary>
/// <param name="Starting">The first actor mention starting at each token.</param>
/// <param name="Ending">The first actor mention ending at each token (its last token).</param>
internal sealed record ActorIndex(TokenMap<ActorMention?> Starting, TokenMap<ActorMention?> Ending)
{
    /// <summary>The index of <paramref name="actors"/> (ordered by first token) over the tokens of <paramref name="doc"/>.</summary>
    public static ActorIndex Of(Document doc, IReadOnlyList<ActorMention> actors) => new(
        TokenMap<ActorMention?>.FirstPerToken(doc.Tokens.Count + 1, actors.Select(a => (a.FirstToken, (ActorMention?)a))),
        TokenMap<ActorMention?>.FirstPerToken(doc.Tokens.Count + 1, actors.Select(a => (a.EndToken - 1, (ActorMention?)a))));
}
