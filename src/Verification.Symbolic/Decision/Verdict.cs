using System.Collections.Immutable;
using Fractions;

namespace Verification.Symbolic.Decision;

/// <summary>
/// The engine's answer to an identity claim. There are exactly three, and a claim is never called
/// proved without a formal zero nor refuted without a concrete, re-checkable witness.
/// </summary>
public abstract record Verdict
{
    private protected Verdict()
    {
    }
}

/// <summary>The canonical form of left − right is the zero exponential polynomial.</summary>
/// <param name="Method">How it was proved, in a sentence (for the derivation document).</param>
/// <param name="Work">Term operations spent (from the <see cref="Canonical.WorkMeter"/>).</param>
public sealed record Proved(string Method, long Work) : Verdict;

/// <summary>The two sides differ at <see cref="Witness"/>.</summary>
public sealed record Refuted(Witness Witness) : Verdict;

/// <summary>Neither proved nor refuted; <see cref="Reason"/> says why, plainly.</summary>
public sealed record Unknown(string Reason) : Verdict;

/// <summary>
/// A point where the two sides of a claim differ, with both values computed in high precision
/// (decimal strings with <see cref="Digits"/> significant digits) and the difference well above the
/// evaluation error.
/// </summary>
/// <param name="Point">An exact rational value for every free symbol.</param>
/// <param name="Left">Left side at the point.</param>
/// <param name="Right">Right side at the point.</param>
/// <param name="Digits">Significant decimal digits the values were computed with.</param>
public sealed record Witness(ImmutableSortedDictionary<string, Fraction> Point, string Left, string Right, int Digits);
