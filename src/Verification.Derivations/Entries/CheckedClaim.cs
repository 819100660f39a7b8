using Verification.Symbolic.Claims;
using Verification.Symbolic.Parsing;

namespace Verification.Derivations.Entries;

/// <summary>
/// A claim written in the claim language (see <c>claim-language.md</c> in Verification.Symbolic),
/// kept as written and parsed once. Parsing failure is an authoring error, so it throws.
/// </summary>
/// <param name="Text">The claim as written.</param>
/// <param name="Explanation">What the claim says, in a sentence.</param>
public sealed record CheckedClaim(string Text, string Explanation)
{
    /// <summary>The parsed claim: an identity, a <c>for</c> family, or a <c>solve</c> question.</summary>
    public Claim Claim { get; } = ClaimParser.Parse(Text).GetValueOrThrow();
}
