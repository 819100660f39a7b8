namespace Verification.Symbolic.Canonical;

/// <summary>
/// A normalised factor raised to a non-zero integer power inside a <see cref="CanonicalForm"/>:
/// negative powers are denominators, positive powers are numerator factors kept unexpanded.
/// </summary>
internal readonly record struct FactorPower(ExpPolynomial Factor, int Power);
