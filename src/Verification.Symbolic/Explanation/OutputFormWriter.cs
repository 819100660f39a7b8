using System.Collections.Immutable;
using Fractions;
using Verification.Symbolic.Canonical;
using Verification.Symbolic.Expressions;

namespace Verification.Symbolic.Explanation;

/// <summary>
/// Writes an <see cref="OutputRational"/> as a short expression: on the simplex Σ s_k = 1 (one
/// component eliminated, or none, whichever prints shortest), every polynomial factored into its
/// common monomial, its factors 1 − a (exact division) and what is left, grouped by the outputs.
/// </summary>
/// <remarks>
/// The candidates are only proposals: <see cref="OutputForm"/> decides each against the original
/// expression, shortest first, and keeps the first that is proved.
/// </remarks>
internal sealed class OutputFormWriter(OutputVariables outputs)
{
    /// <summary>
    /// The rational as it comes from the substitution, nothing reduced: S already cancelled, the
    /// polynomials still expanded (the line before "Σ s_k = 1; factor").
    /// </summary>
    public Expr Unreduced(OutputRational value) => Write(value);

    /// <summary>Every reduced, factored candidate, shortest first (node count, then order of making).</summary>
    public IReadOnlyList<Expr> Candidates(OutputRational value)
    {
        var rewrites = new List<Func<Polynomial, Polynomial>> { static p => p };
        foreach (var group in outputs.Softmaxes)
        {
            var simplex = group.Atoms.Aggregate(Polynomial.Zero, static (sum, a) => sum.Add(Polynomial.Atom(a)));
            foreach (var eliminated in group.Atoms)
            {
                // s_e = 1 − Σ_(k≠e) s_k on the simplex.
                var replacement = PolynomialAlgebra.One.Subtract(simplex.Subtract(Polynomial.Atom(eliminated)));
                rewrites.Add(p => PolynomialAlgebra.Substitute(p, eliminated, replacement));
            }
        }

        return [.. rewrites
            .Select((rewrite, order) => (Expression: Write(Factor(value, rewrite)), Order: order))
            .DistinctBy(static c => c.Expression)
            .OrderBy(static c => NodeCount(c.Expression))
            .ThenBy(static c => c.Order)
            .Select(static c => c.Expression)];
    }

    /// <summary>The number of nodes of the tree: the length measure of "shortest form".</summary>
    public static int NodeCount(Expr expression) => ExprTraversal.PreOrder(expression).Count();

    // Each polynomial rewritten, then split into scalar · monomial · Π(1 − a) · rest.
    private OutputRational Factor(OutputRational value, Func<Polynomial, Polynomial> rewrite)
    {
        var scalar = value.Scalar;
        var unit = new Dictionary<string, int>(value.Unit, StringComparer.Ordinal);
        var factors = ImmutableArray.CreateBuilder<OutputFactor>();
        foreach (var (original, power) in value.Factors)
        {
            var polynomial = ReduceSimplexSums(rewrite(original));
            if (polynomial.IsZero)
            {
                return value with { Scalar = power > 0 ? Fraction.Zero : value.Scalar };
            }

            var content = PolynomialAlgebra.Content(polynomial);
            foreach (var factor in content.Factors)
            {
                unit[factor.Atom] = unit.GetValueOrDefault(factor.Atom) + (factor.Power * power);
            }

            polynomial = PolynomialAlgebra.DivideExactly(polynomial, content);
            foreach (var atom in polynomial.Atoms.Where(OutputVariables.IsOutputAtom).ToList())
            {
                while (PolynomialAlgebra.DivideByComplement(polynomial, atom) is { } quotient)
                {
                    polynomial = quotient;
                    var complement = OutputVariables.ComplementPrefix + atom;
                    unit[complement] = unit.GetValueOrDefault(complement) + power;
                }
            }

            if (polynomial.Terms.All(static t => t.Coefficient.IsNegative))
            {
                polynomial = polynomial.Negate();
                scalar *= power % 2 == 0 ? Fraction.One : Fraction.MinusOne;
            }

            if (polynomial.Terms.Length == 1 && polynomial.Terms[0].Monomial.IsOne)
            {
                scalar *= Fraction.Pow(polynomial.Terms[0].Coefficient, power);
                continue;
            }

            factors.Add(new OutputFactor(polynomial, power));
        }

        return new OutputRational(scalar, unit.Where(static p => p.Value != 0).ToImmutableSortedDictionary(StringComparer.Ordinal), factors.ToImmutable());
    }

    // A factor that is c·Σ_k s_k of a whole softmax is c on the simplex.
    private Polynomial ReduceSimplexSums(Polynomial polynomial)
    {
        foreach (var group in outputs.Softmaxes)
        {
            if (polynomial.Terms.Length == group.Atoms.Count
                && polynomial.Terms.All(t => t.Coefficient == polynomial.Terms[0].Coefficient && t.Monomial.Factors.Length == 1 && t.Monomial.Degree == 1 && group.Atoms.Contains(t.Monomial.Factors[0].Atom)))
            {
                return Polynomial.Constant(polynomial.Terms[0].Coefficient);
            }
        }

        return polynomial;
    }

    private Expr Write(OutputRational value)
    {
        if (value.IsZero)
        {
            return Constant.Zero;
        }

        var numerator = new List<Expr>();
        var denominator = new List<Expr>();
        var scalar = value.Scalar;

        // Other symbols first, then the outputs, each output before its complement: x·σ·(1 − σ).
        foreach (var (atom, power) in value.Unit.OrderBy(static p => OutputVariables.IsOutputAtom(p.Key)).ThenBy(static p => BaseAtom(p.Key), StringComparer.Ordinal).ThenBy(static p => p.Key.Length))
        {
            (power > 0 ? numerator : denominator).Add(ExprBuilder.Power(outputs.ExpressionOf(atom), Math.Abs(power)));
        }

        foreach (var (polynomial, power) in value.Factors)
        {
            if (polynomial.IsConstant)
            {
                scalar *= Fraction.Pow(polynomial.ConstantTerm, power);
                continue;
            }

            (power > 0 ? numerator : denominator).Add(ExprBuilder.Power(PolynomialExpr(polynomial), Math.Abs(power)));
        }

        var magnitude = scalar.IsNegative ? -scalar : scalar;
        var top = numerator.Aggregate((Expr)new Constant(new Fraction(magnitude.Numerator)), ExprBuilder.Multiply);
        var bottom = denominator.Aggregate((Expr)new Constant(new Fraction(magnitude.Denominator)), ExprBuilder.Multiply);
        var signed = scalar.IsNegative ? ExprBuilder.Negate(top) : top;
        return ExprBuilder.Divide(signed, bottom);
    }

    private static string BaseAtom(string atom) =>
        atom.StartsWith(OutputVariables.ComplementPrefix, StringComparison.Ordinal) ? atom[OutputVariables.ComplementPrefix.Length..] : atom;

    /// <summary>
    /// Σ over the monomials m in the outputs of m·c_m, c_m a polynomial in the other symbols: a
    /// rational constant term first (1 − 2σ), any other term without outputs last (σ − y).
    /// </summary>
    private Expr PolynomialExpr(Polynomial value)
    {
        var groups = new Dictionary<Monomial, List<PolynomialTerm>>();
        foreach (var term in value.Terms)
        {
            var outputPart = term.Monomial.Factors.Where(static f => OutputVariables.IsOutputAtom(f.Atom))
                .Aggregate(Monomial.One, static (m, f) => m.Multiply(Monomial.Of(f.Atom, f.Power)));
            var others = term.Monomial.DivideExactly(outputPart);
            if (!groups.TryGetValue(outputPart, out var list))
            {
                groups[outputPart] = list = [];
            }

            list.Add(new PolynomialTerm(others, term.Coefficient));
        }

        var ordered = groups
            .Select(g => (Outputs: g.Key, Coefficient: Canonical.Polynomial.FromTerms(g.Value)))
            .OrderBy(static g => g.Outputs.IsOne ? (g.Coefficient.IsConstant ? 0 : 2) : 1)
            .ThenBy(static g => g.Outputs, Comparer<Monomial>.Create(static (a, b) => a.CompareTo(b)))
            .ToList();

        Expr? sum = null;
        foreach (var (outputPart, coefficient) in ordered)
        {
            var (negative, body) = Group(outputPart, coefficient);
            sum = sum is null ? (negative ? ExprBuilder.Negate(body) : body)
                : negative ? ExprBuilder.Subtract(sum, body) : ExprBuilder.Add(sum, body);
        }

        return sum ?? Constant.Zero;
    }

    // m·c as (sign, |m·c|): c·x·s for one term, s·(y0 + y1) for several.
    private (bool Negative, Expr Body) Group(Monomial outputPart, Canonical.Polynomial coefficient)
    {
        var outputsExpr = outputPart.Factors.Aggregate((Expr)Constant.One, (product, f) => ExprBuilder.Multiply(product, ExprBuilder.Power(outputs.ExpressionOf(f.Atom), f.Power)));
        if (coefficient.Terms.Length == 1)
        {
            var term = coefficient.Terms[0];
            var magnitude = term.Coefficient.IsNegative ? -term.Coefficient : term.Coefficient;
            var others = PolynomialExpression.ToExpr(PolynomialAlgebra.Of(magnitude, term.Monomial));
            return (term.Coefficient.IsNegative, ExprBuilder.Multiply(others, outputsExpr));
        }

        var negative = coefficient.Terms.All(static t => t.Coefficient.IsNegative);
        var inner = PolynomialExpression.ToExpr(negative ? coefficient.Negate() : coefficient);
        return (negative, ExprBuilder.Multiply(outputsExpr, inner));
    }
}
