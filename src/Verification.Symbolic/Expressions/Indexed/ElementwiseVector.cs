namespace Verification.Symbolic.Expressions.Indexed;

/// <summary>
/// A vector of symbolic length <c>Size</c> given by its entry at a bound position: <c>z</c> is
/// (k ↦ z[k]), <c>z + c</c> is (k ↦ z[k] + c). Not an expression itself: an argument of the
/// softmax-family functions at general n.
/// </summary>
public sealed record ElementwiseVector(string Size, string Index, Expr Element)
{
    /// <summary>The entry at <paramref name="position"/>: the element with the bound index replaced.</summary>
    public Expr At(IndexTerm position) => IndexSubstitution.Apply(Element, Index, position);

    /// <summary>Σₖ over the whole vector (k = 0 … Size − 1) of <paramref name="term"/> of the element.</summary>
    public IndexedSum SumOver(Func<Expr, Expr> term) =>
        new(Index, new IndexConstant(0), new IndexFromEnd(Size, 1), term(Element));
}
