using Fractions;
using Verification.Symbolic.Expressions;

namespace Verification.Symbolic.Canonical;

/// <summary>Turns canonical polynomials back into readable <see cref="Expr"/> trees (for answers and documents).</summary>
internal static class PolynomialExpression
{
    /// <summary>Σ c·m as an Expr: terms in canonical order, subtraction for negative coefficients, 1 elided.</summary>
    public static Expr ToExpr(Polynomial polynomial)
    {
        ArgumentNullException.ThrowIfNull(polynomial);
        Expr? result = null;
        foreach (var term in polynomial.Terms)
        {
            var magnitude = term.Coefficient.IsNegative ? -term.Coefficient : term.Coefficient;
            var body = MonomialToExpr(term.Monomial);
            Expr unsigned = body is null ? new Constant(magnitude)
                : magnitude == Fraction.One ? body
                : new Multiply(new Constant(magnitude), body);
            result = result is null
                ? (term.Coefficient.IsNegative ? new Negate(unsigned) : unsigned)
                : (term.Coefficient.IsNegative ? new Subtract(result, unsigned) : new Add(result, unsigned));
        }

        return result ?? Constant.Zero;
    }

    private static Expr? MonomialToExpr(Monomial monomial)
    {
        Expr? result = null;
        foreach (var factor in monomial.Factors)
        {
            Expr atom = new Symbol(factor.Atom);
            var power = factor.Power == 1 ? atom : new Power(atom, factor.Power);
            result = result is null ? power : new Multiply(result, power);
        }

        return result;
    }
}
