using Fractions;
using Verification.Symbolic.Canonical;
using Verification.Symbolic.Expressions;
using Verification.Symbolic.Expressions.Indexed;

namespace Verification.Symbolic.EveryN;

/// <summary>
/// Writes a canonical form back as an expression (Σ c·Π atom^p·e^(polynomial), over a product of
/// factor powers), so the pieces of a split sum can be re-assembled as ordinary claims that the
/// engine decides and the documents print. Atoms named <c>z[k]</c> become the entries they stand
/// for; a logarithm atom becomes log of its argument.
/// </summary>
internal sealed class CanonicalToExpr(CanonicalContext context)
{
    public Expr Form(CanonicalForm form)
    {
        var result = Polynomial(form.Coefficient);
        var denominator = (Expr?)null;
        foreach (var factor in form.Factors)
        {
            var power = ExprBuilder.Power(Polynomial(factor.Factor), Math.Abs(factor.Power));
            if (factor.Power > 0)
            {
                result = ExprBuilder.Multiply(result, power);
            }
            else
            {
                denominator = denominator is null ? power : ExprBuilder.Multiply(denominator, power);
            }
        }

        return denominator is null ? result : ExprBuilder.Divide(result, denominator);
    }

    public Expr Polynomial(ExpPolynomial value) => Sum(value.Terms.Select(Term));

    public Expr Term(ExpTerm term)
    {
        var body = term.Exponent.IsZero ? Monomial(term.Monomial) : ExprBuilder.Multiply(Monomial(term.Monomial), new Exp(Polynomial(term.Exponent)));
        return Scaled(term.Coefficient, body);
    }

    public Expr Polynomial(Polynomial value) => Sum(value.Terms.Select(t => Scaled(t.Coefficient, Monomial(t.Monomial))));

    /// <summary>u₀ + u₁ + …, with a term −v written as a subtraction.</summary>
    public static Expr Sum(IEnumerable<Expr> terms) =>
        terms.Aggregate((Expr?)null, (sum, term) => sum is null ? term : term is Negate negated ? ExprBuilder.Subtract(sum, negated.Operand) : ExprBuilder.Add(sum, term))
        ?? Constant.Zero;

    // c·v with c a rational: −v for c = −1, −(|c|·v) for other negative c, so no rational(-1) is printed.
    private static Expr Scaled(Fraction coefficient, Expr body) =>
        coefficient.IsNegative
            ? ExprBuilder.Negate(ExprBuilder.Multiply(new Constant(-coefficient), body))
            : ExprBuilder.Multiply(new Constant(coefficient), body);

    public Expr Monomial(Monomial monomial) =>
        monomial.Factors.Aggregate((Expr)new Constant(Fraction.One), (product, f) => ExprBuilder.Multiply(product, ExprBuilder.Power(Atom(f.Atom), f.Power)));

    public Expr Atom(string atom)
    {
        if (CanonicalContext.IsLogAtom(atom))
        {
            return new Log(Form(context.LogArgument(atom)));
        }

        return Placeholders.TryParse(atom, out var vector, out var index) ? new Entry(vector, new IndexVariable(index)) : new Symbol(atom);
    }
}

/// <summary>
/// The symbol names that stand for entries at a summation index while a sum is split:
/// <c>z[k]</c>. No symbol of a claim can have such a name (brackets are not part of a name).
/// </summary>
internal static class Placeholders
{
    public static string Name(string vector, string index) => $"{vector}[{index}]";

    public static string Marker(string index) => $"[{index}]";

    public static bool TryParse(string atom, out string vector, out string index)
    {
        var open = atom.IndexOf('[', StringComparison.Ordinal);
        if (open > 0 && atom.EndsWith(']') && !atom.StartsWith("log(", StringComparison.Ordinal))
        {
            (vector, index) = (atom[..open], atom[(open + 1)..^1]);
            return true;
        }

        (vector, index) = (string.Empty, string.Empty);
        return false;
    }
}
