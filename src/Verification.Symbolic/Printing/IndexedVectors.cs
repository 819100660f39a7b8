using Verification.Symbolic.Expressions;
using Verification.Symbolic.Expressions.Indexed;

namespace Verification.Symbolic.Printing;

/// <summary>How both printers show a vector of symbolic length: its element with the bound entries bare (<c>z + c</c>).</summary>
internal static class IndexedVectors
{
    /// <summary>The element of <paramref name="vector"/> with every <c>v[k]</c> at its own index k written as the name v.</summary>
    public static Expr Bare(ElementwiseVector vector) => Bare(vector.Element, vector.Index);

    private static Expr Bare(Expr expression, string index) => expression switch
    {
        Entry { Index: IndexVariable v } entry when v.Name == index => new Symbol(entry.Vector),
        IndexedSum sum when sum.Index == index => sum,
        _ => ExprTraversal.MapChildren(expression, child => Bare(child, index)),
    };
}
