using System.Diagnostics.CodeAnalysis;
using Verification.Symbolic.Claims;
using Verification.Symbolic.Parsing;

namespace Verification.Derivations.Entries;

/// <summary>
/// A claim written in the claim language (see <c>claim-language.md</c> in Verification.Symbolic),
/// kept as written and parsed once. Parsing failure is an authoring error, so it throws.
/// </summary>
public sealed record CheckedClaim
{
    /// <summary>Parses <paramref name="text"/>; throws when it is not a claim.</summary>
    /// <param name="text">The claim as written.</param>
    /// <param name="explanation">What the claim says, in a sentence.</param>
    public CheckedClaim(string text, string explanation)
    {
        Text = text;
        Explanation = explanation;
    }

    /// <summary>The claim as written. Setting it (also through <c>with</c>) parses it again.</summary>
    public string Text
    {
        get;

        [MemberNotNull(nameof(Claim))]
        init
        {
            field = value;
            Claim = ClaimParser.Parse(value).GetValueOrThrow();
        }
    }

    /// <summary>What the claim says, in a sentence.</summary>
    public string Explanation { get; init; }

    /// <summary>The parsed claim: an identity, a <c>for</c> family, or a <c>solve</c> question.</summary>
    public Claim Claim { get; private init; }
}
