using System.Collections.Immutable;
using Verification.Symbolic.Claims;
using Verification.Symbolic.Expressions;

namespace Verification.Symbolic.Parsing;

// Claims: identities, 'for' families over concrete ranges, and 'solve' questions.
internal sealed partial class Elaborator
{
    private ClaimFamily Family(FamilySyntax family)
    {
        var instances = ImmutableArray.CreateBuilder<ClaimInstance>();
        AddInstances(family, null, instances);
        return instances.Count == 0
            ? throw new ParseException(family.First, "the family has no instances: an index range is empty")
            : new ClaimFamily(instances.ToImmutable());
    }

    private void AddInstances(ClaimSyntax body, Scope? scope, ImmutableArray<ClaimInstance>.Builder instances)
    {
        switch (body)
        {
            case FamilySyntax inner:
                ForEachAssignment(inner.Binders, scope, allowEmpty: false, s => AddInstances(inner.Body, s, instances));
                break;
            case EquationSyntax equation:
                if (instances.Count >= limits.MaxInstances)
                {
                    throw new ParseException(anchor, $"the family has more than {limits.MaxInstances} instances");
                }

                budget.StartInstance();
                instances.Add(new ClaimInstance(Scope.ToDictionary(scope), Identity(equation, scope)));
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
