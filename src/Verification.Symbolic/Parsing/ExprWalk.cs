using Verification.Symbolic.Expressions;

namespace Verification.Symbolic.Parsing;

/// <summary>
/// Walks an expression tree without recursion (an explicit stack), so that the checks the parser
/// makes on what it built cannot overflow the call stack however tall the tree is.
/// </summary>
internal static class ExprWalk
{
    /// <summary>The direct subexpressions of <paramref name="expr"/>, left to right.</summary>
    public static IEnumerable<Expr> Children(Expr expr) => expr switch
    {
        Add a => [a.Left, a.Right],
        Subtract s => [s.Left, s.Right],
        Multiply m => [m.Left, m.Right],
        Divide d => [d.Numerator, d.Denominator],
        Negate n => [n.Operand],
        Power p => [p.Base],
        Exp e => [e.Argument],
        Log l => [l.Argument],
        Sigmoid s => [s.Argument],
        Softmax s => s.Logits,
        LogSoftmax s => s.Logits,
        LogSumExp s => s.Logits,
        BinaryCrossEntropy b => [b.Logit, b.Target],
        CrossEntropy c => [.. c.Logits, .. c.Targets],
        Derivative d => [d.Body, d.Variable],
        _ => [],
    };

    /// <summary>Every node, parents before children, left to right.</summary>
    public static IEnumerable<Expr> PreOrder(Expr root)
    {
        var stack = new Stack<Expr>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            yield return node;
            foreach (var child in Children(node).Reverse())
            {
                stack.Push(child);
            }
        }
    }

    /// <summary>The number of nodes on the longest path from the root down.</summary>
    public static int Height(Expr root)
    {
        var max = 0;
        var stack = new Stack<(Expr Node, int Depth)>();
        stack.Push((root, 1));
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            max = Math.Max(max, depth);
            foreach (var child in Children(node))
            {
                stack.Push((child, depth + 1));
            }
        }

        return max;
    }

    /// <summary>The symbols that occur in the trees, in order of first occurrence, each once.</summary>
    public static List<Symbol> Symbols(params ReadOnlySpan<Expr> roots)
    {
        var seen = new HashSet<Symbol>();
        var list = new List<Symbol>();
        foreach (var root in roots)
        {
            foreach (var node in PreOrder(root))
            {
                if (node is Symbol symbol && seen.Add(symbol))
                {
                    list.Add(symbol);
                }
            }
        }

        return list;
    }

    public static int Count(Expr root) => PreOrder(root).Count();

    public static int Occurrences(Expr root, Symbol symbol) => PreOrder(root).Count(node => node == symbol);
}
