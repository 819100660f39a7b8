using System.Collections.Immutable;
using Verification.Symbolic.Expressions;

namespace Verification.Symbolic.Parsing;

// 'where y2 = 1 - y0 - y1': simultaneous substitutions that state an assumption of a claim.
internal sealed partial class Elaborator
{
    private (Expr Left, Expr Right) Substitute(
        ImmutableArray<WhereSyntax> where, Scope? scope, Expr left, Expr right, Dictionary<Symbol, string> protectedSymbols)
    {
        if (where.IsEmpty)
        {
            return (left, right);
        }

        var map = new Dictionary<Symbol, Expr>();
        var origin = new Dictionary<Symbol, WhereSyntax>();
        foreach (var item in where)
        {
            var target = SingleSymbol(item.Target, scope, "the target of 'where'");
            if (protectedSymbols.TryGetValue(target, out var what))
            {
                throw new ParseException(item.Target.First, $"cannot substitute '{target.Name}': it is {what}");
            }

            if (!map.TryAdd(target, Real(item.Replacement, scope)))
            {
                throw new ParseException(item.Target.First, $"'{target.Name}' is substituted twice");
            }

            origin[target] = item;
        }

        foreach (var (target, replacement) in map)
        {
            var item = origin[target];
            foreach (var other in ExprTraversal.FreeSymbols(replacement))
            {
                if (map.ContainsKey(other))
                {
                    throw new ParseException(item.Replacement.First, $"'{other.Name}' is itself substituted, so it cannot occur in what replaces '{target.Name}' (the substitutions are simultaneous: write its replacement out)");
                }
            }

            var single = new Dictionary<Symbol, Expr> { [target] = replacement };
            if ((Substitution.FindConflict(left, single) ?? Substitution.FindConflict(right, single)) is { } conflict)
            {
                throw new ParseException(item.Target.First, conflict);
            }

            var occurrences = Occurrences(left, target) + Occurrences(right, target);
            if (occurrences > 0)
            {
                whereUsed[item] = true;
                budget.Spend((long)occurrences * ExprTraversal.PreOrder(replacement).Count());
            }
            else
            {
                whereUsed.TryAdd(item, false);
            }
        }

        return (Substitution.Apply(left, map), Substitution.Apply(right, map));
    }

    // Occurrences as a free symbol, counting the variable of a diff(…, x) too (Substitution refuses to replace that one).
    private static int Occurrences(Expr root, Symbol symbol) =>
        ExprTraversal.PreOrder(root).Count(node => node == symbol || (node is Derivative d && d.Variable == symbol));
}
