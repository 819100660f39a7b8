using Verification.Symbolic.Expressions;
using Verification.Symbolic.Expressions.Indexed;

namespace Verification.Symbolic.Printing;

/// <summary>
/// A node that both printers write as a name applied to arguments, <c>f(a, b)</c>, with the name in
/// each notation side by side: the claim language's <c>sigmoid(x)</c> is LaTeX's
/// <c>\sigma\left(x\right)</c>. A softmax at a symbolic index also carries that index, which the
/// claim language writes as the last argument and LaTeX as a subscript. Nodes whose notations differ
/// in more than the name (a concrete softmax's vector, a derivative, a sum) stay in each printer.
/// </summary>
/// <param name="PlainName">The function's name in the claim language (<see cref="PlainTextPrinter"/>).</param>
/// <param name="LatexName">The function's name in LaTeX (<see cref="LatexPrinter"/>).</param>
/// <param name="Arguments">The arguments, left to right; a vector of symbolic length as its element (<see cref="IndexedVectors"/>).</param>
/// <param name="Index">The output index of a softmax at general n; null for every other function.</param>
internal sealed record FunctionApplication(string PlainName, string LatexName, Expr[] Arguments, IndexTerm? Index = null)
{
    /// <summary>The application <paramref name="expr"/> is, or null when it is printed some other way.</summary>
    public static FunctionApplication? Of(Expr expr) => expr switch
    {
        Exp exp => new("exp", "\\exp", [exp.Argument]),
        Log log => new("log", "\\log", [log.Argument]),
        Sigmoid sigmoid => new("sigmoid", "\\sigma", [sigmoid.Argument]),
        Activation activation => new(activation.Function.Name, activation.Function.LatexName, [activation.Argument]),
        BinaryCrossEntropy bce => new("bce", "\\operatorname{BCE}", [bce.Logit, bce.Target]),
        IndexedSoftmax softmax => new("softmax", "\\operatorname{softmax}", [IndexedVectors.Bare(softmax.Logits)], softmax.Index),
        IndexedLogSoftmax logSoftmax => new("log_softmax", "\\log\\operatorname{softmax}", [IndexedVectors.Bare(logSoftmax.Logits)], logSoftmax.Index),
        IndexedLogSumExp logSumExp => new("logsumexp", "\\operatorname{logsumexp}", [IndexedVectors.Bare(logSumExp.Logits)]),
        IndexedCrossEntropy crossEntropy => new("cross_entropy", "\\operatorname{CE}", [IndexedVectors.Bare(crossEntropy.Logits), IndexedVectors.Bare(crossEntropy.Targets)]),
        _ => null,
    };
}
