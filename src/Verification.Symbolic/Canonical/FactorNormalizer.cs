using Fractions;

namespace Verification.Symbolic.Canonical;

/// <summary>
/// Splits an exponential polynomial D into a unit and normalised factors, D = c·e^p · Π Fᵢ^kᵢ, so
/// that the same denominator written two ways (S, 2·S, e^c·S) becomes the same factor and cancels
/// without any polynomial GCD.
/// </summary>
/// <remarks>
/// Units of the ring of exponential polynomials are the single terms c·e^p (c ≠ 0). After taking out
/// the monomial content (each atom becomes a factor of its own), the remaining multi-term factor is
/// divided by its leading term's c·e^p. The term order on exponents is compatible with addition
/// (<see cref="Polynomial.CompareTo"/>), so u·D and D have corresponding leading terms for any unit u
/// and normalise to the same factor.
/// </remarks>
internal static class FactorNormalizer
{
    public static (ExpTerm Unit, List<FactorPower> Factors) Normalize(ExpPolynomial value)
    {
        if (value.IsZero)
        {
            throw new OutsideFragmentException("division by the zero function: the expression is undefined everywhere");
        }

        var factors = new List<FactorPower>();
        var content = value.MonomialContent();
        foreach (var atom in content.Factors)
        {
            factors.Add(new FactorPower(ExpPolynomial.Atom(atom.Atom), atom.Power));
        }

        var rest = value.DivideMonomial(content);
        if (rest.IsSingleTerm)
        {
            return (rest.Terms[0], factors);
        }

        var lead = rest.Terms[0];
        var unit = new ExpTerm(lead.Coefficient, Monomial.One, lead.Exponent);
        factors.Add(new FactorPower(rest.MultiplyByTerm(Inverse(unit)), 1));
        return (unit, factors);
    }

    /// <summary>(c·e^p)⁻¹ = (1/c)·e^(−p).</summary>
    public static ExpTerm Inverse(ExpTerm unit) =>
        unit.Monomial.IsOne
            ? new ExpTerm(Fraction.One / unit.Coefficient, Monomial.One, unit.Exponent.Negate())
            : throw new InvalidOperationException("Only c·e^p terms are units.");

    /// <summary>
    /// A sufficient test for F &gt; 0 everywhere: every coefficient positive, every monomial a square
    /// (so every term ≥ 0), and one term with monomial 1 (so the sum is &gt; 0).
    /// </summary>
    public static bool IsProvablyPositive(ExpPolynomial value) =>
        !value.IsZero
        && value.Terms.All(t => t.Coefficient.IsPositive && t.Monomial.Factors.All(f => f.Power % 2 == 0))
        && value.Terms.Any(t => t.Monomial.IsOne);
}
