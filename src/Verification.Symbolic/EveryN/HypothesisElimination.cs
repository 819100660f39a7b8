using System.Collections.Immutable;
using Fractions;
using Verification.Symbolic.Canonical;
using Verification.Symbolic.Claims;
using Verification.Symbolic.Expressions;

namespace Verification.Symbolic.EveryN;

/// <summary>A symbol a hypothesis determined, and the expression that gives its value from the others.</summary>
internal sealed record Elimination(Symbol Symbol, Expr Value);

/// <summary>
/// Uses hypotheses such as Σ_k y_k = 1 by solving each for a symbol it is affine in, with a constant
/// non-zero slope, and substituting: if H = a·s + B with a a rational constant and B free of s, then on
/// H = 0, s = s − H/a (= −B/a), so the claim under the hypothesis is the claim with that substitution.
/// </summary>
internal static class HypothesisElimination
{
    /// <summary>The claim with every hypothesis used, or null (and the reason) when one cannot be solved for any symbol.</summary>
    public static (IdentityClaim Claim, ImmutableArray<Elimination> Eliminations, string? Failure) Apply(
        IdentityClaim claim, IReadOnlyList<IdentityClaim> hypotheses, IReadOnlyList<Symbol> preferred, EngineLimits limits)
    {
        var eliminations = ImmutableArray.CreateBuilder<Elimination>();
        var pending = hypotheses.ToList();
        while (pending.Count > 0)
        {
            var hypothesis = pending[0];
            pending.RemoveAt(0);
            var difference = ExprBuilder.Subtract(hypothesis.Left, hypothesis.Right);
            if (Solve(difference, preferred, limits) is not { } elimination)
            {
                return (claim, eliminations.ToImmutable(), $"the hypothesis {hypothesis.Left} == {hypothesis.Right} is not affine in any symbol with a constant slope");
            }

            var map = new Dictionary<Symbol, Expr> { [elimination.Symbol] = elimination.Value };
            try
            {
                claim = new IdentityClaim(Substitution.Apply(claim.Left, map), Substitution.Apply(claim.Right, map));
                pending = [.. pending.Select(h => new IdentityClaim(Substitution.Apply(h.Left, map), Substitution.Apply(h.Right, map)))];
            }
            catch (ArgumentException e)
            {
                return (claim, eliminations.ToImmutable(), e.Message);
            }

            eliminations.Add(elimination);
        }

        return (claim, eliminations.ToImmutable(), null);
    }

    /// <summary>The exact value of each eliminated symbol at <paramref name="point"/> (last eliminated first), or null when one is not rational there.</summary>
    public static ImmutableSortedDictionary<string, Fraction>? Complete(ImmutableSortedDictionary<string, Fraction> point, ImmutableArray<Elimination> eliminations)
    {
        for (var e = eliminations.Length - 1; e >= 0; e--)
        {
            if (ExactValue(eliminations[e].Value, point) is not { } value)
            {
                return null;
            }

            point = point.SetItem(eliminations[e].Symbol.Name, value);
        }

        return point;
    }

    private static Elimination? Solve(Expr difference, IReadOnlyList<Symbol> preferred, EngineLimits limits)
    {
        var context = new CanonicalContext(limits);
        CanonicalForm form;
        try
        {
            form = Canonicalizer.ToCanonical(difference, context);
        }
        catch (Exception e) when (e is OutsideFragmentException or WorkLimitExceededException)
        {
            return null;
        }

        var symbols = ExprTraversal.FreeSymbols(difference);
        var candidates = preferred.Where(symbols.Contains).Concat(symbols.Reverse().Where(s => !preferred.Contains(s)));
        foreach (var symbol in candidates)
        {
            var slope = context.Derivative(form, symbol.Name);
            if (slope.Factors.IsEmpty && slope.Coefficient.IsSingleTerm && slope.Coefficient.Terms[0] is { Monomial.IsOne: true, Exponent.IsZero: true } term)
            {
                // H = a·s + B ⇒ on H = 0, s = s − H/a.
                return new Elimination(symbol, ExprBuilder.Subtract(symbol, ExprBuilder.Divide(difference, new Constant(term.Coefficient))));
            }
        }

        return null;
    }

    /// <summary>The exact rational value of a rational expression, or null when it is not one (or is undefined) there.</summary>
    private static Fraction? ExactValue(Expr e, IReadOnlyDictionary<string, Fraction> point)
    {
        switch (e)
        {
            case Constant c:
                return c.Value;
            case Symbol s:
                return point.TryGetValue(s.Name, out var v) ? v : null;
            case Negate n:
                return ExactValue(n.Operand, point) is { } x ? -x : null;
            case Power p when ExactValue(p.Base, point) is { } b && (p.Exponent >= 0 || !b.IsZero) && Math.Abs(p.Exponent) <= 64:
                return Fraction.Pow(b, p.Exponent);
            case Add or Subtract or Multiply or Divide:
                var children = ExprTraversal.Children(e);
                if (ExactValue(children[0], point) is not { } left || ExactValue(children[1], point) is not { } right)
                {
                    return null;
                }

                return e switch
                {
                    Add => left + right,
                    Subtract => left - right,
                    Multiply => left * right,
                    _ => right.IsZero ? null : left / right,
                };
            default:
                return null;
        }
    }
}
