using Fractions;
using Verification.Symbolic.Canonical;

namespace Verification.Symbolic.Explanation;

/// <summary>
/// The few operations on polynomials the output forms need beyond <see cref="Polynomial"/>'s own:
/// substitution of an atom, powers, the common monomial factor, and exact division by 1 − a.
/// </summary>
internal static class PolynomialAlgebra
{
    public static Polynomial One { get; } = Polynomial.Constant(Fraction.One);

    public static Polynomial Of(Fraction coefficient, Monomial monomial) =>
        Polynomial.FromTerms([new PolynomialTerm(monomial, coefficient)]);

    /// <summary>1 − a.</summary>
    public static Polynomial Complement(string atom) => One.Subtract(Polynomial.Atom(atom));

    public static Polynomial Power(Polynomial value, int exponent)
    {
        var result = One;
        for (var k = 0; k < exponent; k++)
        {
            result = result.Multiply(value);
        }

        return result;
    }

    /// <summary><paramref name="value"/> with every power a^k of <paramref name="atom"/> replaced by replacement^k.</summary>
    public static Polynomial Substitute(Polynomial value, string atom, Polynomial replacement)
    {
        var result = Polynomial.Zero;
        foreach (var term in value.Terms)
        {
            var power = term.Monomial.PowerOf(atom);
            var rest = power == 0 ? term.Monomial : term.Monomial.DivideExactly(Monomial.Of(atom, power));
            result = result.Add(Of(term.Coefficient, rest).Multiply(Power(replacement, power)));
        }

        return result;
    }

    /// <summary>The greatest monomial dividing every term (1 for the zero polynomial).</summary>
    public static Monomial Content(Polynomial value) =>
        value.IsZero ? Monomial.One : value.Terms.Skip(1).Aggregate(value.Terms[0].Monomial, static (gcd, t) => gcd.GreatestCommonDivisor(t.Monomial));

    public static Polynomial DivideExactly(Polynomial value, Monomial divisor) =>
        Polynomial.FromTerms(value.Terms.Select(t => new PolynomialTerm(t.Monomial.DivideExactly(divisor), t.Coefficient)));

    /// <summary>
    /// Q with value = (1 − a)·Q, or null when 1 − a does not divide it (value(a = 1) ≠ 0). Synthetic
    /// division by a − 1 in the powers of a, the other atoms riding along in the coefficients.
    /// </summary>
    public static Polynomial? DivideByComplement(Polynomial value, string atom)
    {
        var byPower = new SortedDictionary<int, Polynomial>();
        foreach (var term in value.Terms)
        {
            var power = term.Monomial.PowerOf(atom);
            var rest = Of(term.Coefficient, power == 0 ? term.Monomial : term.Monomial.DivideExactly(Monomial.Of(atom, power)));
            byPower[power] = byPower.TryGetValue(power, out var existing) ? existing.Add(rest) : rest;
        }

        var degree = byPower.Count == 0 ? 0 : byPower.Keys.Max();
        if (degree == 0)
        {
            return null;
        }

        // value = Σ c_k a^k = (a − 1)·Σ q_k a^k: q_(d−1) = c_d, q_(k−1) = c_k + q_k, remainder c_0 + q_0.
        var quotient = new Polynomial[degree];
        var carry = Polynomial.Zero;
        for (var k = degree; k >= 1; k--)
        {
            carry = carry.Add(byPower.GetValueOrDefault(k, Polynomial.Zero));
            quotient[k - 1] = carry;
        }

        if (!byPower.GetValueOrDefault(0, Polynomial.Zero).Add(carry).IsZero)
        {
            return null;
        }

        // (a − 1)·Q = (1 − a)·(−Q).
        var result = Polynomial.Zero;
        for (var k = 0; k < degree; k++)
        {
            result = result.Add(quotient[k].Multiply(k == 0 ? One : Polynomial.FromTerms([new PolynomialTerm(Monomial.Of(atom, k), Fraction.One)])));
        }

        return result.Negate();
    }
}
