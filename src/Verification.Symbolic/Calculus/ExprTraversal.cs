using Verification.Symbolic.Expressions;

namespace Verification.Symbolic.Calculus;

/// <summary>
/// The one place that knows which sub-expressions each node holds, so that rewrites (expansion of
/// definitions, resolution of pending derivatives, evaluation) do not each repeat the node list.
/// </summary>
public static class ExprTraversal
{
    /// <summary>
    /// Rebuilds <paramref name="expression"/> with <paramref name="map"/> applied to each direct
    /// sub-expression, using the plain record constructors (no simplification). Returns the same
    /// instance when no child changed, so callers can detect "nothing to do" by reference.
    /// The variable of a <see cref="Derivative"/> is a binder, not a sub-expression, and is kept.
    /// </summary>
    public static Expr MapChildren(Expr expression, Func<Expr, Expr> map)
    {
        ArgumentNullException.ThrowIfNull(expression);
        ArgumentNullException.ThrowIfNull(map);
        return expression switch
        {
            Constant or Symbol or KroneckerDelta => expression,
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
            Derivative(var body, var v) => Rebuild(expression, body, map, a => new Derivative(a, v)),
            Softmax(var z, var i) => Rebuild(expression, z, map, list => new Softmax(list, i)),
            LogSoftmax(var z, var i) => Rebuild(expression, z, map, list => new LogSoftmax(list, i)),
            LogSumExp(var z) => Rebuild(expression, z, map, static list => new LogSumExp(list)),
            CrossEntropy(var z, var y) => RebuildTwoLists(expression, z, y, map),
            _ => throw UnknownNode(expression),
        };
    }

    /// <summary>
    /// True when <paramref name="symbol"/> occurs anywhere in <paramref name="expression"/>, including
    /// as the variable of a <see cref="Derivative"/> (conservative: such an expression may depend on it).
    /// </summary>
    public static bool Contains(Expr expression, Symbol symbol)
    {
        ArgumentNullException.ThrowIfNull(expression);
        ArgumentNullException.ThrowIfNull(symbol);
        return expression switch
        {
            Symbol s => s == symbol,
            Derivative d when d.Variable == symbol => true,
            _ => Children(expression).Any(child => Contains(child, symbol)),
        };
    }

    /// <summary>The direct sub-expressions of <paramref name="expression"/>, in order.</summary>
    public static IEnumerable<Expr> Children(Expr expression)
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

    internal static NotSupportedException UnknownNode(Expr expression) =>
        new($"Expression node {expression.GetType().Name} is not supported; see docs/adding-a-node.md.");

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
