using Verification.Symbolic.Claims;
using Verification.Symbolic.Expressions;

namespace Verification.Symbolic.Decision;

/// <summary>
/// The change of variable x = e^s for the symbols a claim takes the logarithm of, so that
/// log(x·y) = log(x) + log(y) becomes log(e^s·e^t) = s + t, which the canonical form decides.
/// </summary>
/// <remarks>
/// Why a proof of the rewritten claim proves the original: a side that contains log(x) is defined
/// only where x &gt; 0, so at every point where both sides are defined x = e^s for s = log x, and the
/// rewritten sides there equal the original ones. Without the change, log(x·y) is an atom of its own
/// (x·y may be positive with x and y negative), unrelated to the atoms log(x) and log(y). A log(x) under
/// a diff(…) is not counted, to stay on the safe side (a derivative may be defined where its body is
/// not), and a diff(…, x) blocks the change, as it does every substitution of its variable.
/// </remarks>
internal static class PositiveChange
{
    /// <summary>
    /// The claim rewritten with every symbol it takes the logarithm of (outside derivatives) replaced by
    /// e^(fresh symbol), with the sentence that names the change; nothing when there is no such symbol
    /// or a derivative blocks the substitution.
    /// </summary>
    public static IEnumerable<(IdentityClaim Claim, string Change)> Candidates(IdentityClaim claim)
    {
        var positive = LogArgumentsOutsideDerivatives(claim.Left).Concat(LogArgumentsOutsideDerivatives(claim.Right)).Distinct().ToList();
        if (positive.Count == 0)
        {
            yield break;
        }

        var taken = ExprTraversal.FreeSymbolNames(claim.Left, claim.Right).ToHashSet(StringComparer.Ordinal);
        var replacements = new Dictionary<Symbol, Expr>();
        foreach (var symbol in positive)
        {
            var logarithm = Symbol.Fresh($"log_{symbol.Name}", taken);
            taken.Add(logarithm.Name);
            replacements[symbol] = new Exp(logarithm);
        }

        if (Substitution.FindConflict(claim.Left, replacements) is not null || Substitution.FindConflict(claim.Right, replacements) is not null)
        {
            yield break;
        }

        var names = string.Join(", ", positive.Select(static s => s.Name));
        var rewritten = new IdentityClaim(Substitution.Apply(claim.Left, replacements), Substitution.Apply(claim.Right, replacements));
        yield return (rewritten, $"after the change of variable {string.Join(", ", replacements.Select(static r => $"{r.Key.Name} = {r.Value}"))} ({names} > 0 wherever both sides are defined: the claim takes {(positive.Count == 1 ? "its" : "their")} logarithm)");
    }

    /// <summary>The symbols s of every log(s) in <paramref name="root"/> that is not inside a derivative.</summary>
    private static IEnumerable<Symbol> LogArgumentsOutsideDerivatives(Expr root)
    {
        var stack = new Stack<Expr>();
        stack.Push(root);
        while (stack.TryPop(out var node))
        {
            switch (node)
            {
                case Log { Argument: Symbol symbol }:
                    yield return symbol;
                    break;
                case Derivative:
                    break;
                default:
                    foreach (var child in ExprTraversal.Children(node).Reverse())
                    {
                        stack.Push(child);
                    }

                    break;
            }
        }
    }
}
