using System.Collections.Immutable;
using Verification.Symbolic.Expressions;
using Verification.Symbolic.Expressions.Indexed;

namespace Verification.Symbolic.EveryN;

/// <summary>
/// A general-n expression at one concrete length and one value of each index variable: the
/// ordinary expression the rest of the engine decides exactly. The entry z[3] becomes the symbol
/// <c>z3</c>, as a concrete subscript does in the claim language.
/// </summary>
internal static class Instantiation
{
    public static Expr At(Expr e, int size, ImmutableDictionary<string, int> indices) => e switch
    {
        Entry entry => new Symbol(EntryName(entry.Vector, entry.Index.ValueAt(size, indices))),
        IndexDelta delta => new KroneckerDelta(delta.I.ValueAt(size, indices), delta.J.ValueAt(size, indices)),
        IndexedSum sum => ExprBuilderSum(Enumerable.Range(sum.From.ValueAt(size, indices), Math.Max(0, sum.To.ValueAt(size, indices) - sum.From.ValueAt(size, indices) + 1))
            .Select(value => At(sum.Body, size, indices.SetItem(sum.Index, value)))),
        IndexedSoftmax softmax => new Softmax(List(softmax.Logits, size, indices), softmax.Index.ValueAt(size, indices)),
        IndexedLogSoftmax logSoftmax => new LogSoftmax(List(logSoftmax.Logits, size, indices), logSoftmax.Index.ValueAt(size, indices)),
        IndexedLogSumExp logSumExp => new LogSumExp(List(logSumExp.Logits, size, indices)),
        IndexedCrossEntropy crossEntropy => new CrossEntropy(List(crossEntropy.Logits, size, indices), List(crossEntropy.Targets, size, indices)),
        EntryDerivative derivative => new Derivative(At(derivative.Body, size, indices), (Symbol)At(derivative.Variable, size, indices)),
        _ => ExprTraversal.MapChildren(e, child => At(child, size, indices)),
    };

    public static string EntryName(string vector, int position) =>
        vector + position.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static ExprList List(ElementwiseVector vector, int size, ImmutableDictionary<string, int> indices) =>
        new(Enumerable.Range(0, size).Select(k => At(vector.Element, size, indices.SetItem(vector.Index, k))));

    // Written out as the claim language's sum(...) is: a left-nested chain, 0 when empty.
    private static Expr ExprBuilderSum(IEnumerable<Expr> terms)
    {
        Expr? result = null;
        foreach (var term in terms)
        {
            result = result is null ? term : new Add(result, term);
        }

        return result ?? Constant.Zero;
    }
}
