using System.Collections.Immutable;
using Fractions;
using Verification.Symbolic.Evaluation;

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
/// A point where the two sides of a claim provably differ: the enclosures of the two sides there,
/// computed in interval arithmetic that always contains the exact value, are disjoint.
/// </summary>
/// <param name="Point">An exact rational value for every free symbol.</param>
/// <param name="Left">Left side at the point, correctly rounded to the digits shown (or an enclosing interval "[a, b]").</param>
/// <param name="Right">Right side at the point, likewise.</param>
/// <param name="Digits">Significant decimal digits certified in both <see cref="Left"/> and <see cref="Right"/> (0 when one is an interval).</param>
/// <param name="LeftEnclosure">An interval that contains the exact left side.</param>
/// <param name="RightEnclosure">An interval that contains the exact right side, disjoint from <see cref="LeftEnclosure"/>.</param>
/// <param name="PrecisionBits">The working precision (bits) at which the enclosures were computed.</param>
public sealed record Witness(
    ImmutableSortedDictionary<string, Fraction> Point,
    string Left,
    string Right,
    int Digits,
    Enclosure LeftEnclosure,
    Enclosure RightEnclosure,
    int PrecisionBits);
