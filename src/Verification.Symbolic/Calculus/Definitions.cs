using Verification.Symbolic.Expressions;
using Verification.Symbolic.Expressions.Indexed;

namespace Verification.Symbolic.Calculus;

/// <summary>
/// The elementary definitions of the named functions, written with exp, log, + − × ÷ and powers only.
/// These are the definitions the engine reasons from: a named function is never replaced by a known
/// result about it (σ' = σ(1 − σ) and the like are theorems to be proved, not rules).
/// </summary>
public static class Definitions
{
    /// <summary>True for the nodes that <see cref="Unfold"/> rewrites.</summary>
    public static bool IsNamedFunction(Expr expression) =>
        expression is Sigmoid or Activation or Softmax or LogSoftmax or LogSumExp or BinaryCrossEntropy or CrossEntropy or KroneckerDelta
            or IndexedSoftmax or IndexedLogSoftmax or IndexedLogSumExp or IndexedCrossEntropy;

    /// <summary>The name used in "definition of …" trace steps.</summary>
    public static string NameOf(Expr namedFunction) => namedFunction switch
    {
        Sigmoid => "sigmoid",
        Activation a => a.Function.Description,
        Softmax or IndexedSoftmax => "softmax",
        LogSoftmax or IndexedLogSoftmax => "log_softmax",
        LogSumExp or IndexedLogSumExp => "logsumexp",
        BinaryCrossEntropy => "binary cross-entropy",
        CrossEntropy or IndexedCrossEntropy => "cross-entropy",
        KroneckerDelta => "Kronecker delta",
        _ => throw new ArgumentException($"{namedFunction} is not a named function.", nameof(namedFunction)),
    };

    /// <summary>
    /// Replaces the top node of a named function by its definition, one level deep: the arguments are
    /// kept as they are, and a definition may itself use another named function (log_softmax uses
    /// logsumexp, binary cross-entropy uses σ, cross-entropy uses log_softmax).
    /// </summary>
    public static Expr Unfold(Expr namedFunction)
    {
        ArgumentNullException.ThrowIfNull(namedFunction);
        return namedFunction switch
        {
            // σ(u) = 1 / (1 + e^(−u))
            Sigmoid(var u) => new Divide(1, new Add(1, new Exp(new Negate(u)))),

            // tanh, softplus, log_sigmoid, silu: each from its own row (ActivationFunction).
            Activation(var f, var u) => f.Definition(u),

            // softmax(z)_i = e^(z_i) / Σ_k e^(z_k)
            Softmax(var z, var i) => new Divide(new Exp(At(z, i)), SumOfExps(z)),

            // log_softmax(z)_i = z_i − logsumexp(z)
            LogSoftmax(var z, var i) => new Subtract(At(z, i), new LogSumExp(z)),

            // logsumexp(z) = log Σ_k e^(z_k)
            LogSumExp(var z) => new Log(SumOfExps(z)),

            // bce(z, y) = −(y·log σ(z) + (1 − y)·log(1 − σ(z)))
            BinaryCrossEntropy(var z, var y) => new Negate(new Add(
                new Multiply(y, new Log(new Sigmoid(z))),
                new Multiply(new Subtract(1, y), new Log(new Subtract(1, new Sigmoid(z)))))),

            // cross_entropy(z, y) = −Σ_i y_i·log_softmax(z)_i
            CrossEntropy(var z, var y) => new Negate(LeftFoldedSum(CrossEntropyTerms(z, y))),

            // δ_ij = 1 when i = j, else 0
            KroneckerDelta(var i, var j) => i == j ? Constant.One : Constant.Zero,

            // The same definitions at general n, with Σ over k = 0 … n − 1.
            IndexedSoftmax(var z, var i) => new Divide(new Exp(z.At(i)), z.SumOver(static e => new Exp(e))),
            IndexedLogSoftmax(var z, var i) => new Subtract(z.At(i), new IndexedLogSumExp(z)),
            IndexedLogSumExp(var z) => new Log(z.SumOver(static e => new Exp(e))),
            IndexedCrossEntropy(var z, var y) => new Negate(y.SumOver(target => new Multiply(target, new IndexedLogSoftmax(z, new IndexVariable(y.Index))))),

            _ => throw new ArgumentException($"{namedFunction} is not a named function.", nameof(namedFunction)),
        };
    }

    /// <summary>
    /// Rewrites every named function in <paramref name="expression"/>, at any depth, to elementary form
    /// (exp, log, + − × ÷, powers). Nothing else is changed: no simplification, and
    /// <see cref="Derivative"/> nodes stay unevaluated (their bodies are expanded).
    /// </summary>
    public static Expr Expand(Expr expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        var withExpandedChildren = ExprTraversal.MapChildren(expression, Expand);

        // The unfolded form may introduce other named functions (bce → σ), so expand it again.
        return IsNamedFunction(withExpandedChildren) ? Expand(Unfold(withExpandedChildren)) : withExpandedChildren;
    }

    private static Expr At(ExprList logits, int index)
    {
        if (index < 0 || index >= logits.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, $"Index {index} is outside the {logits.Count} logits {logits}.");
        }

        return logits[index];
    }

    private static Expr SumOfExps(ExprList logits)
    {
        if (logits.Count == 0)
        {
            throw new ArgumentException("A softmax-family function needs at least one logit.", nameof(logits));
        }

        return LeftFoldedSum(logits.Select(static z => (Expr)new Exp(z)));
    }

    private static IEnumerable<Expr> CrossEntropyTerms(ExprList logits, ExprList targets)
    {
        if (logits.Count != targets.Count)
        {
            throw new ArgumentException($"Cross-entropy has {logits.Count} logits but {targets.Count} targets.", nameof(targets));
        }

        if (logits.Count == 0)
        {
            throw new ArgumentException("A softmax-family function needs at least one logit.", nameof(logits));
        }

        return targets.Select((y, i) => (Expr)new Multiply(y, new LogSoftmax(logits, i)));
    }

    // The definitions are written exactly, with no cleanup: a + b + c is ((a + b) + c).
    private static Expr LeftFoldedSum(IEnumerable<Expr> terms) => terms.Aggregate(static (sum, term) => new Add(sum, term));
}
