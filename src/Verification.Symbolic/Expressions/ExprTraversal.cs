using Verification.Symbolic.Expressions.Indexed;

namespace Verification.Symbolic.Expressions;

/// <summary>
/// The one list of the sub-expressions each node holds (<see cref="MapChildren"/>), and the walks
/// built on it: <see cref="Children"/>, <see cref="PreOrder"/>, <see cref="Height"/>,
/// <see cref="FreeSymbols"/>, <see cref="Contains"/>. Every other operation that needs a node's
/// children goes through here, so a new node is listed once (see <c>docs/adding-a-node.md</c>),
/// and an unknown node throws instead of being silently skipped.
/// </summary>
/// <remarks>
/// The walks use an explicit stack, not recursion, so a tall tree cannot overflow the call stack.
/// The variable of a <see cref="Derivative"/> is a binder, not a sub-expression: it is not among the
/// children, but it is a free symbol of the derivative (∂f/∂x at x = 2 depends on x).
/// </remarks>
public static class ExprTraversal
{
    /// <summary>
    /// Rebuilds <paramref name="expression"/> with <paramref name="map"/> applied to each direct
    /// sub-expression, using the plain record constructors (no simplification). Returns the same
    /// instance when no child changed, so callers can detect "nothing to do" by reference.
    /// </summary>
    /// <exception cref="NotSupportedException">A node this list does not know.</exception>
    public static Expr MapChildren(Expr expression, Func<Expr, Expr> map)
    {
        ArgumentNullException.ThrowIfNull(expression);
        ArgumentNullException.ThrowIfNull(map);
        return expression switch
        {
            Constant or Symbol or KroneckerDelta or Entry or IndexDelta => expression,
            Add(var l, var r) => Rebuild(expression, l, r, map, static (a, b) => new Add(a, b)),
            Subtract(var l, var r) => Rebuild(expression, l, r, map, static (a, b) => new Subtract(a, b)),
            Multiply(var l, var r) => Rebuild(expression, l, r, map, static (a, b) => new Multiply(a, b)),
            Divide(var n, var d) => Rebuild(expression, n, d, map, static (a, b) => new Divide(a, b)),
            BinaryCrossEntropy(var z, var y) => Rebuild(expression, z, y, map, static (a, b) => new BinaryCrossEntropy(a, b)),
            Negate(var u) => Rebuild(expression, u, map, static a => new Negate(a)),
            Power(var b, var n) => Rebuild(expression, b, map, a => new Power(a, n)),
            Exp(var u) => Rebuild(expression, u, map, static a => new Exp(a)),
            Log(var u) => Rebuild(expression, u, map, static a => new Log(a)),
            Sigmoid(var u) => Rebuild(expression, u, map, static a => new Sigmoid(a)),
            Activation(var f, var u) => Rebuild(expression, u, map, a => new Activation(f, a)),
            Derivative(var body, var v) => Rebuild(expression, body, map, a => new Derivative(a, v)),
            Softmax(var z, var i) => Rebuild(expression, z, map, list => new Softmax(list, i)),
            LogSoftmax(var z, var i) => Rebuild(expression, z, map, list => new LogSoftmax(list, i)),
            LogSumExp(var z) => Rebuild(expression, z, map, static list => new LogSumExp(list)),
            CrossEntropy(var z, var y) => RebuildTwoLists(expression, z, y, map),

            // At general n: a sum's body and a vector's element are children (their binders are not).
            IndexedSum s => Rebuild(expression, s.Body, map, body => s with { Body = body }),
            IndexedSoftmax s => Rebuild(expression, s.Logits, map, logits => s with { Logits = logits }),
            IndexedLogSoftmax s => Rebuild(expression, s.Logits, map, logits => s with { Logits = logits }),
            IndexedLogSumExp s => Rebuild(expression, s.Logits, map, logits => s with { Logits = logits }),
            IndexedCrossEntropy c => RebuildTwoVectors(c, map),
            EntryDerivative d => Rebuild(expression, d.Body, map, body => d with { Body = body }),
            _ => throw UnknownNode(expression),
        };
    }

    /// <summary>The direct sub-expressions of <paramref name="expression"/>, left to right.</summary>
    public static IReadOnlyList<Expr> Children(Expr expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        var children = new List<Expr>();
        MapChildren(expression, child =>
        {
            children.Add(child);
            return child;
        });
        return children;
    }

    /// <summary>Every node, parents before children, left to right.</summary>
    public static IEnumerable<Expr> PreOrder(Expr root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var stack = new Stack<Expr>();
        stack.Push(root);
        while (stack.TryPop(out var node))
        {
            yield return node;
            var children = Children(node);
            for (var k = children.Count - 1; k >= 0; k--)
            {
                stack.Push(children[k]);
            }
        }
    }

    /// <summary>The number of nodes on the longest path from the root down (a leaf has height 1).</summary>
    public static int Height(Expr root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var max = 0;
        var stack = new Stack<(Expr Node, int Depth)>();
        stack.Push((root, 1));
        while (stack.TryPop(out var entry))
        {
            max = Math.Max(max, entry.Depth);
            foreach (var child in Children(entry.Node))
            {
                stack.Push((child, entry.Depth + 1));
            }
        }

        return max;
    }

    /// <summary>
    /// The free symbols of the trees, each once, in order of first occurrence (left to right, the
    /// variable of a <see cref="Derivative"/> right after its body).
    /// </summary>
    public static IReadOnlyList<Symbol> FreeSymbols(params ReadOnlySpan<Expr> roots)
    {
        var seen = new HashSet<Symbol>();
        var list = new List<Symbol>();
        var stack = new Stack<Expr>();
        for (var r = roots.Length - 1; r >= 0; r--)
        {
            stack.Push(roots[r]);
        }

        while (stack.TryPop(out var node))
        {
            if (node is Symbol symbol)
            {
                if (seen.Add(symbol))
                {
                    list.Add(symbol);
                }

                continue;
            }

            if (node is Derivative derivative)
            {
                stack.Push(derivative.Variable);
            }

            var children = Children(node);
            for (var k = children.Count - 1; k >= 0; k--)
            {
                stack.Push(children[k]);
            }
        }

        return list;
    }

    /// <summary>The names of the free symbols of the trees, each once, in ordinal order.</summary>
    public static IReadOnlyList<string> FreeSymbolNames(params ReadOnlySpan<Expr> roots) =>
        [.. FreeSymbols(roots).Select(static s => s.Name).Order(StringComparer.Ordinal)];

    /// <summary>
    /// True when <paramref name="symbol"/> is free in <paramref name="expression"/>, including as the
    /// variable of a <see cref="Derivative"/> (conservative: such an expression may depend on it).
    /// </summary>
    public static bool Contains(Expr expression, Symbol symbol)
    {
        ArgumentNullException.ThrowIfNull(expression);
        ArgumentNullException.ThrowIfNull(symbol);
        return PreOrder(expression).Any(node => node == symbol || (node is Derivative d && d.Variable == symbol));
    }

    /// <summary>The error for a node that an operation does not know.</summary>
    public static NotSupportedException UnknownNode(Expr expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        return new($"Expression node {expression.GetType().Name} is not supported; see docs/adding-a-node.md.");
    }

    private static Expr Rebuild(Expr original, Expr child, Func<Expr, Expr> map, Func<Expr, Expr> create)
    {
        var mapped = map(child);
        return ReferenceEquals(mapped, child) ? original : create(mapped);
    }

    private static Expr Rebuild(Expr original, Expr left, Expr right, Func<Expr, Expr> map, Func<Expr, Expr, Expr> create)
    {
        var mappedLeft = map(left);
        var mappedRight = map(right);
        return ReferenceEquals(mappedLeft, left) && ReferenceEquals(mappedRight, right) ? original : create(mappedLeft, mappedRight);
    }

    private static Expr Rebuild(Expr original, ExprList items, Func<Expr, Expr> map, Func<ExprList, Expr> create)
    {
        var mapped = MapList(items, map);
        return ReferenceEquals(mapped, items) ? original : create(mapped);
    }

    private static Expr Rebuild(Expr original, ElementwiseVector vector, Func<Expr, Expr> map, Func<ElementwiseVector, Expr> create)
    {
        var mapped = map(vector.Element);
        return ReferenceEquals(mapped, vector.Element) ? original : create(vector with { Element = mapped });
    }

    private static IndexedCrossEntropy RebuildTwoVectors(IndexedCrossEntropy original, Func<Expr, Expr> map)
    {
        var (logits, targets) = (map(original.Logits.Element), map(original.Targets.Element));
        return ReferenceEquals(logits, original.Logits.Element) && ReferenceEquals(targets, original.Targets.Element)
            ? original
            : new IndexedCrossEntropy(original.Logits with { Element = logits }, original.Targets with { Element = targets });
    }

    private static Expr RebuildTwoLists(Expr original, ExprList logits, ExprList targets, Func<Expr, Expr> map)
    {
        var mappedLogits = MapList(logits, map);
        var mappedTargets = MapList(targets, map);
        return ReferenceEquals(mappedLogits, logits) && ReferenceEquals(mappedTargets, targets)
            ? original
            : new CrossEntropy(mappedLogits, mappedTargets);
    }

    private static ExprList MapList(ExprList items, Func<Expr, Expr> map)
    {
        var mapped = items.Items.Select(map).ToArray();
        var changed = mapped.Where((item, index) => !ReferenceEquals(item, items[index])).Any();
        return changed ? new ExprList(mapped) : items;
    }
}
