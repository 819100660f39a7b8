using Verification.Symbolic.Calculus;
using Verification.Symbolic.Expressions;
using Verification.Symbolic.Expressions.Indexed;

namespace Verification.Symbolic.EveryN;

/// <summary>
/// Takes the derivatives of a general-n expression on its tree, by the textbook rules plus the two
/// that vectors of symbolic length need: ∂z_k/∂z_j = δ_kj, and ∂(Σ_k f)/∂v = Σ_k ∂f/∂v (a finite
/// sum, for every n). Named functions are differentiated through their
/// <see cref="Definitions"/>, as everywhere in the engine; the result holds no derivative nodes.
/// </summary>
/// <remarks>
/// The tree <see cref="Differentiator"/> takes a symbol as its variable; here the variable may be an
/// entry z[j] at a symbolic position, which is why this is a separate (and much smaller) pass.
/// </remarks>
internal static class EntryDifferentiator
{
    /// <summary><paramref name="expression"/> with every diff(…) replaced by the derivative, named functions expanded.</summary>
    public static Expr Resolve(Expr expression)
    {
        var expanded = ExprTraversal.MapChildren(expression, Resolve);
        return expanded switch
        {
            Derivative d => Differentiate(d.Body, d.Variable),
            EntryDerivative d => Differentiate(d.Body, d.Variable),
            _ when Definitions.IsNamedFunction(expanded) => Resolve(Definitions.Unfold(expanded)),
            _ => expanded,
        };
    }

    // The body is resolved already: no derivative and no named function is left in it.
    private static Expr Differentiate(Expr e, Expr x) => e switch
    {
        // c' = 0; δ' = 0
        Constant or KroneckerDelta or IndexDelta => Constant.Zero,

        // x' = 1, y' = 0
        Symbol s => x is Symbol v && v == s ? Constant.One : Constant.Zero,

        // ∂z_k/∂z_j = δ_kj (entries of other vectors, and scalars, are independent)
        Entry entry => x is Entry v && v.Vector == entry.Vector
            ? entry.Index == v.Index ? Constant.One : new IndexDelta(entry.Index, v.Index)
            : Constant.Zero,

        // (u + v)' = u' + v', (u − v)' = u' − v', (−u)' = −u'
        Add(var u, var v) => ExprBuilder.Add(Differentiate(u, x), Differentiate(v, x)),
        Subtract(var u, var v) => ExprBuilder.Subtract(Differentiate(u, x), Differentiate(v, x)),
        Negate(var u) => ExprBuilder.Negate(Differentiate(u, x)),

        // (u·v)' = u'·v + u·v'
        Multiply(var u, var v) => ExprBuilder.Add(ExprBuilder.Multiply(Differentiate(u, x), v), ExprBuilder.Multiply(u, Differentiate(v, x))),

        // (u/v)' = (u'·v − u·v') / v²
        Divide(var u, var v) => ExprBuilder.Divide(
            ExprBuilder.Subtract(ExprBuilder.Multiply(Differentiate(u, x), v), ExprBuilder.Multiply(u, Differentiate(v, x))),
            ExprBuilder.Power(v, 2)),

        // (u^n)' = n·u^(n−1)·u'
        Power(var u, var n) => ExprBuilder.Multiply(ExprBuilder.Multiply(n, ExprBuilder.Power(u, n - 1)), Differentiate(u, x)),

        // (e^u)' = e^u·u', (log u)' = u'/u
        Exp(var u) => ExprBuilder.Multiply(e, Differentiate(u, x)),
        Log(var u) => ExprBuilder.Divide(Differentiate(u, x), u),

        // (Σ_k f)' = Σ_k f'; the variable's own index is renamed apart from the sum's if they clash
        IndexedSum sum => DifferentiateSum(sum, x),

        _ => throw ExprTraversal.UnknownNode(e),
    };

    private static Expr DifferentiateSum(IndexedSum sum, Expr x)
    {
        if (x is Entry { Index: IndexVariable v } && v.Name == sum.Index)
        {
            var renamed = sum.Index + "'";
            sum = new IndexedSum(renamed, sum.From, sum.To, IndexSubstitution.Apply(sum.Body, sum.Index, new IndexVariable(renamed)));
        }

        var body = Differentiate(sum.Body, x);
        if (body is Constant { Value.IsZero: true })
        {
            return body;
        }

        return sum with { Body = body };
    }
}
