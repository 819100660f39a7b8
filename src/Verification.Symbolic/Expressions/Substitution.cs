using Verification.Symbolic.Expressions;

namespace Verification.Symbolic.Expressions;

/// <summary>
/// Replaces symbols by expressions throughout a tree: how a claim's <c>where y2 = 1 - y0 - y1</c>
/// states an assumption. The replacements are simultaneous (a replacement is not itself rewritten),
/// and unchanged subtrees are kept as they are.
/// </summary>
public static class Substitution
{
    /// <summary>
    /// <paramref name="expr"/> with every occurrence of each key replaced by its value.
    /// </summary>
    /// <exception cref="ArgumentException">
    /// The substitution would change what a <see cref="Derivative"/> means (see <see cref="FindConflict"/>).
    /// </exception>
    public static Expr Apply(Expr expr, IReadOnlyDictionary<Symbol, Expr> replacements)
    {
        ArgumentNullException.ThrowIfNull(expr);
        ArgumentNullException.ThrowIfNull(replacements);
        if (FindConflict(expr, replacements) is { } conflict)
        {
            throw new ArgumentException(conflict, nameof(replacements));
        }

        return replacements.Count == 0 ? expr : Rewrite(expr, replacements);
    }

    /// <summary><paramref name="expr"/> with every occurrence of <paramref name="symbol"/> replaced by <paramref name="replacement"/>.</summary>
    public static Expr Apply(Expr expr, Symbol symbol, Expr replacement) =>
        Apply(expr, new Dictionary<Symbol, Expr> { [symbol] = replacement });

    /// <summary>
    /// Why substituting would change the meaning of a derivative, or null when it would not.
    /// <c>diff(f, x)</c> is unevaluated, so its variable x cannot be replaced, and a symbol inside it
    /// cannot be replaced by something that depends on x (that would turn a partial derivative into
    /// a different one).
    /// </summary>
    public static string? FindConflict(Expr expr, IReadOnlyDictionary<Symbol, Expr> replacements)
    {
        ArgumentNullException.ThrowIfNull(expr);
        ArgumentNullException.ThrowIfNull(replacements);
        foreach (var derivative in ExprTraversal.PreOrder(expr).OfType<Derivative>())
        {
            var variable = derivative.Variable;
            if (replacements.ContainsKey(variable))
            {
                return $"cannot substitute '{variable.Name}': it is the variable of a diff(…, {variable.Name})";
            }

            foreach (var symbol in ExprTraversal.FreeSymbols(derivative.Body))
            {
                if (replacements.TryGetValue(symbol, out var replacement) && ExprTraversal.FreeSymbols(replacement).Contains(variable))
                {
                    return $"cannot substitute '{symbol.Name}' inside diff(…, {variable.Name}): its replacement depends on {variable.Name}, which would change the derivative";
                }
            }
        }

        return null;
    }

    // The replacements are simultaneous: a replacement is returned as it is, never rewritten itself.
    // A Derivative's variable is a binder, not a child, and FindConflict has ruled out replacing it.
    private static Expr Rewrite(Expr expr, IReadOnlyDictionary<Symbol, Expr> map) =>
        expr is Symbol s
            ? map.TryGetValue(s, out var replacement) ? replacement : s
            : ExprTraversal.MapChildren(expr, child => Rewrite(child, map));
}
