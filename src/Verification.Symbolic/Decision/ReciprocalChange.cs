using Verification.Symbolic.Claims;
using Verification.Symbolic.Expressions;

namespace Verification.Symbolic.Decision;

/// <summary>
/// The change of variable T = 1/τ, which brings claims with a symbol in a denominator of an
/// exponent (softmax with temperature, e^(z/T)) back into the exponential-polynomial fragment:
/// e^(z/T) becomes e^(z·τ), and z·τ is a polynomial.
/// </summary>
/// <remarks>
/// Why a proof of the rewritten claim proves the original: T ↦ 1/T is a bijection of the non-zero
/// reals, so left = right at every point with T ≠ 0 where both are defined. At a point with T = 0
/// where both sides are defined, each side is defined and continuous on an open neighbourhood (the
/// points where every denominator is non-zero and every log argument positive form an open set), and
/// the two agree on that neighbourhood minus the hyperplane T = 0, which is dense in it; so they agree
/// at the point too. A diff(…, T) blocks the change (its meaning would change).
/// </remarks>
internal static class ReciprocalChange
{
    /// <summary>
    /// For each symbol that divides something, the claim rewritten with that symbol replaced by
    /// 1/τ (τ a fresh symbol), with the name of the change for the proof's method line.
    /// </summary>
    public static IEnumerable<(IdentityClaim Claim, string Change)> Candidates(IdentityClaim claim, int maxCandidates)
    {
        var taken = ExprTraversal.FreeSymbolNames(claim.Left, claim.Right).ToHashSet(StringComparer.Ordinal);
        var divisors = ExprTraversal.PreOrder(claim.Left).Concat(ExprTraversal.PreOrder(claim.Right))
            .OfType<Divide>()
            .SelectMany(static d => ExprTraversal.FreeSymbols(d.Denominator))
            .Distinct()
            .Take(maxCandidates);
        foreach (var symbol in divisors)
        {
            var reciprocal = Symbol.Fresh($"{symbol.Name}_reciprocal", taken);
            var replacements = new Dictionary<Symbol, Expr> { [symbol] = new Divide(1, reciprocal) };
            if (Substitution.FindConflict(claim.Left, replacements) is not null || Substitution.FindConflict(claim.Right, replacements) is not null)
            {
                continue;
            }

            var rewritten = claim with
            {
                Left = Substitution.Apply(claim.Left, replacements),
                Right = Substitution.Apply(claim.Right, replacements),
            };
            yield return (rewritten, $"after the change of variable {symbol.Name} = 1/τ (τ ≠ 0)");
        }
    }
}
