using Verification.Symbolic.Expressions;

namespace Verification.Symbolic.Parsing;

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
        foreach (var node in ExprWalk.PreOrder(expr))
        {
            if (node is not Derivative derivative)
            {
                continue;
            }

            var variable = derivative.Variable;
            if (replacements.ContainsKey(variable))
            {
                return $"cannot substitute '{variable.Name}': it is the variable of a diff(…, {variable.Name})";
            }

            foreach (var symbol in ExprWalk.Symbols(derivative.Body))
            {
                if (replacements.TryGetValue(symbol, out var replacement) && ExprWalk.PreOrder(replacement).Contains(variable))
                {
                    return $"cannot substitute '{symbol.Name}' inside diff(…, {variable.Name}): its replacement depends on {variable.Name}, which would change the derivative";
                }
            }
        }

        return null;
    }

    private static Expr Rewrite(Expr expr, IReadOnlyDictionary<Symbol, Expr> map)
    {
        return expr switch
        {
            Symbol s => map.TryGetValue(s, out var replacement) ? replacement : s,
            Constant or KroneckerDelta => expr,
            Add a => Binary(a, a.Left, a.Right, static (l, r) => new Add(l, r)),
            Subtract s => Binary(s, s.Left, s.Right, static (l, r) => new Subtract(l, r)),
            Multiply m => Binary(m, m.Left, m.Right, static (l, r) => new Multiply(l, r)),
            Divide d => Binary(d, d.Numerator, d.Denominator, static (l, r) => new Divide(l, r)),
            BinaryCrossEntropy b => Binary(b, b.Logit, b.Target, static (l, r) => new BinaryCrossEntropy(l, r)),
            Negate n => Unary(n, n.Operand, static o => new Negate(o)),
            Power p => Unary(p, p.Base, o => new Power(o, p.Exponent)),
            Exp e => Unary(e, e.Argument, static o => new Exp(o)),
            Log l => Unary(l, l.Argument, static o => new Log(o)),
            Sigmoid s => Unary(s, s.Argument, static o => new Sigmoid(o)),
            Derivative d => Unary(d, d.Body, o => new Derivative(o, d.Variable)),
            Softmax s => List(s, s.Logits, l => new Softmax(l, s.Index)),
            LogSoftmax s => List(s, s.Logits, l => new LogSoftmax(l, s.Index)),
            LogSumExp s => List(s, s.Logits, static l => new LogSumExp(l)),
            CrossEntropy c => RewriteCrossEntropy(c),
            _ => throw new ArgumentException($"unknown expression node {expr.GetType().Name}", nameof(expr)),
        };

        Expr Binary(Expr node, Expr left, Expr right, Func<Expr, Expr, Expr> make)
        {
            var newLeft = Rewrite(left, map);
            var newRight = Rewrite(right, map);
            return ReferenceEquals(newLeft, left) && ReferenceEquals(newRight, right) ? node : make(newLeft, newRight);
        }

        Expr Unary(Expr node, Expr operand, Func<Expr, Expr> make)
        {
            var newOperand = Rewrite(operand, map);
            return ReferenceEquals(newOperand, operand) ? node : make(newOperand);
        }

        Expr List(Expr node, ExprList list, Func<ExprList, Expr> make)
        {
            var rewritten = RewriteList(list);
            return ReferenceEquals(rewritten, list) ? node : make(rewritten);
        }

        Expr RewriteCrossEntropy(CrossEntropy c)
        {
            var logits = RewriteList(c.Logits);
            var targets = RewriteList(c.Targets);
            return ReferenceEquals(logits, c.Logits) && ReferenceEquals(targets, c.Targets) ? c : new CrossEntropy(logits, targets);
        }

        ExprList RewriteList(ExprList list)
        {
            var items = list.Select(item => Rewrite(item, map)).ToArray();
            return items.AsSpan().SequenceEqual(list.Items.AsSpan(), ReferenceEqualityComparer.Instance) ? list : new ExprList(items);
        }
    }
}
