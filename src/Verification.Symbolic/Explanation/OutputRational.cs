using System.Collections.Immutable;
using Fractions;
using Verification.Symbolic.Canonical;

namespace Verification.Symbolic.Explanation;

/// <summary>
/// A rational function written in the outputs: Scalar · Π a^Unit[a] · Π Pᵢ^kᵢ, where the atoms a are
/// outputs (σ, s_k), their complements 1 − a, or other symbols, with integer powers (negative =
/// denominator), and the Pᵢ are polynomials in the same atoms with integer powers kᵢ.
/// </summary>
internal sealed record OutputRational(Fraction Scalar, ImmutableSortedDictionary<string, int> Unit, ImmutableArray<OutputFactor> Factors)
{
    /// <summary>True when the value is 0 (a numerator polynomial or the scalar is 0).</summary>
    public bool IsZero => Scalar.IsZero || Factors.Any(static f => f.Power > 0 && f.Polynomial.IsZero);
}

/// <summary>One polynomial factor P^k of an <see cref="OutputRational"/>.</summary>
internal readonly record struct OutputFactor(Polynomial Polynomial, int Power);
