namespace Verification.Symbolic.Expressions.Indexed;

/// <summary>
/// Replaces an index variable by a position throughout an expression, respecting binders: a
/// <c>sum</c> or a vector that binds the same name shadows it, so nothing under it changes.
/// </summary>
public static class IndexSubstitution
{
    public static Expr Apply(Expr expression, string variable, IndexTerm replacement)
    {
        ArgumentNullException.ThrowIfNull(expression);
        ArgumentNullException.ThrowIfNull(variable);
        ArgumentNullException.ThrowIfNull(replacement);
        return Rewrite(expression, variable, replacement);
    }

    /// <summary>Whether <paramref name="variable"/> occurs free (outside a binder of the same name).</summary>
    public static bool Occurs(Expr expression, string variable)
    {
        ArgumentNullException.ThrowIfNull(expression);
        var probe = new IndexVariable("\u0000probe");
        return !ReferenceEquals(Rewrite(expression, variable, probe), expression);
    }

    private static Expr Rewrite(Expr e, string v, IndexTerm r) => e switch
    {
        Entry entry => entry.Index is IndexVariable x && x.Name == v ? entry with { Index = r } : entry,
        IndexDelta delta => Term(delta.I, v, r) is var i && Term(delta.J, v, r) is var j && (!ReferenceEquals(i, delta.I) || !ReferenceEquals(j, delta.J))
            ? new IndexDelta(i, j)
            : delta,
        IndexedSum sum when sum.Index == v => sum,
        IndexedSoftmax s => Rebuild(s, Vector(s.Logits, v, r), Term(s.Index, v, r), static (l, i) => new IndexedSoftmax(l, i), s.Logits, s.Index),
        IndexedLogSoftmax s => Rebuild(s, Vector(s.Logits, v, r), Term(s.Index, v, r), static (l, i) => new IndexedLogSoftmax(l, i), s.Logits, s.Index),
        IndexedLogSumExp s => Vector(s.Logits, v, r) is var l && !ReferenceEquals(l, s.Logits) ? new IndexedLogSumExp(l) : s,
        IndexedCrossEntropy c => Vector(c.Logits, v, r) is var z && Vector(c.Targets, v, r) is var y && (!ReferenceEquals(z, c.Logits) || !ReferenceEquals(y, c.Targets))
            ? new IndexedCrossEntropy(z, y)
            : c,
        EntryDerivative d => Rewrite(d.Body, v, r) is var body && Rewrite(d.Variable, v, r) is Entry variable
            && (!ReferenceEquals(body, d.Body) || !ReferenceEquals(variable, d.Variable))
                ? new EntryDerivative(body, variable)
                : d,
        _ => ExprTraversal.MapChildren(e, child => Rewrite(child, v, r)),
    };

    private static IndexTerm Term(IndexTerm term, string v, IndexTerm r) => term is IndexVariable x && x.Name == v ? r : term;

    private static ElementwiseVector Vector(ElementwiseVector vector, string v, IndexTerm r)
    {
        if (vector.Index == v)
        {
            return vector;
        }

        var element = Rewrite(vector.Element, v, r);
        return ReferenceEquals(element, vector.Element) ? vector : vector with { Element = element };
    }

    private static Expr Rebuild<T>(T original, ElementwiseVector logits, IndexTerm index, Func<ElementwiseVector, IndexTerm, Expr> make, ElementwiseVector oldLogits, IndexTerm oldIndex)
        where T : Expr =>
        ReferenceEquals(logits, oldLogits) && ReferenceEquals(index, oldIndex) ? original : make(logits, index);
}
