using System.Collections.Immutable;
using Verification.Symbolic.Claims;
using Verification.Symbolic.Expressions;

namespace Verification.Symbolic.Parsing;

// Claims: identities, 'for' families over concrete ranges, and 'solve' questions.
internal sealed partial class Elaborator
{
    /// <summary>
    /// A family whose instances are elaborated once here, to report any error and enforce the limits,
    /// and then again one at a time whenever they are enumerated (<see cref="StreamedInstances"/>), so
    /// deciding a family of 16,384 Jacobian entries holds one instance in memory, not all of them.
    /// </summary>
    private ClaimFamily Family(FamilySyntax family)
    {
        var count = 0;
        ClaimInstance? first = null;
        foreach (var instance in Instances(family, null))
        {
            if (count == limits.MaxInstances)
            {
                throw new ParseException(anchor, $"the family has more than {limits.MaxInstances} instances");
            }

            first ??= instance;
            count++;
        }

        if (first is null)
        {
            throw new ParseException(family.First, "the family has no instances: an index range is empty");
        }

        // A fresh elaborator per enumeration: elaboration is deterministic and the text already elaborated
        // without error, so the replay cannot fail, and no state is shared between enumerations.
        var (text, start, bounds) = (source, anchor, limits);
        return new ClaimFamily(new StreamedInstances(count, first, () => new Elaborator(text, start, bounds).Instances(family, null)));
    }

    private IEnumerable<ClaimInstance> Instances(ClaimSyntax body, Scope? scope)
    {
        switch (body)
        {
            case FamilySyntax inner:
                foreach (var assignment in Assignments(inner.Binders, scope, allowEmpty: false))
                {
                    foreach (var instance in Instances(inner.Body, assignment))
                    {
                        yield return instance;
                    }
                }

                break;
            case EquationSyntax equation:
                budget.StartInstance();
                yield return new ClaimInstance(Scope.ToDictionary(scope), Identity(equation, scope));
                break;
            default:
                throw new ParseException(body.First, "a 'for' family holds identities 'L == R'");
        }
    }

    private IdentityClaim Identity(EquationSyntax equation, Scope? scope)
    {
        var left = Real(equation.Left, scope);
        var right = Real(equation.Right, scope);
        (left, right) = Substitute(equation.Where, scope, left, right, protectedSymbols: new());
        budget.CheckHeight(left, equation.Left.First);
        budget.CheckHeight(right, equation.Right.First);
        return new IdentityClaim(left, right);
    }

    private SolveClaim Solve(SolveSyntax solve)
    {
        var unknowns = SymbolList(solve.Unknowns, "an unknown");
        var forAll = solve.ForAll.IsDefault ? null : SymbolList(solve.ForAll, "a 'for all' variable");
        var unknownSet = unknowns.Select(u => u.Symbol).ToHashSet();
        foreach (var (symbol, syntax) in forAll ?? [])
        {
            if (unknownSet.Contains(symbol))
            {
                throw new ParseException(syntax.First, $"'{symbol.Name}' cannot be both an unknown and a 'for all' variable");
            }
        }

        var equation = solve.Equation;
        var left = Real(equation.Left, null);
        var right = Real(equation.Right, null);
        var protectedSymbols = new Dictionary<Symbol, string>();
        unknowns.ForEach(u => protectedSymbols[u.Symbol] = "an unknown of 'solve'");
        forAll?.ForEach(x => protectedSymbols[x.Symbol] = "a 'for all' variable");
        (left, right) = Substitute(equation.Where, null, left, right, protectedSymbols);
        budget.CheckHeight(left, equation.Left.First);
        budget.CheckHeight(right, equation.Right.First);

        var present = ExprTraversal.FreeSymbols(left, right);
        var presentSet = present.ToHashSet();
        foreach (var (symbol, syntax) in unknowns.Concat(forAll ?? []))
        {
            if (!presentSet.Contains(symbol))
            {
                throw new ParseException(syntax.First, $"'{symbol.Name}' does not occur in the equation");
            }
        }

        var universal = forAll?.Select(x => x.Symbol) ?? present.Where(s => !unknownSet.Contains(s));
        return new SolveClaim([.. unknowns.Select(u => u.Symbol)], left, right, [.. universal]);
    }

    /// <summary>The symbols of a list such as <c>w0, w1, v[0..3]</c>, each with the syntax it came from; no repeats.</summary>
    private List<(Symbol Symbol, Syntax Syntax)> SymbolList(ImmutableArray<Syntax> items, string role)
    {
        var list = new List<(Symbol Symbol, Syntax Syntax)>();
        var seen = new HashSet<Symbol>();
        foreach (var item in items)
        {
            var symbols = item is SubscriptSyntax subscript ? Subscripted(subscript, null, allowRange: true) : [SingleSymbol(item, null, role)];
            foreach (var symbol in symbols)
            {
                if (!seen.Add(symbol))
                {
                    throw new ParseException(item.First, $"'{symbol.Name}' is listed twice");
                }

                budget.Spend(1);
                list.Add((symbol, item));
            }
        }

        return list;
    }
}
