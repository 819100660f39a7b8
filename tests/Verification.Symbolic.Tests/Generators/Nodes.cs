using FsCheck;
using FsCheck.Fluent;
using Verification.Symbolic.Expressions;

namespace Verification.Symbolic.Tests.Generators;

/// <summary>
/// One generator per node kind, from generators of its children: the expression generators decide
/// which kinds occur, with which weights and which children; how each kind is assembled is written
/// once here. Children are drawn left to right, so a generator built from these draws the same
/// random stream as the hand-written query it replaces (seeded properties keep their inputs).
/// </summary>
public static class Nodes
{
    public static Gen<Expr> Add(Gen<Expr> left, Gen<Expr> right) =>
        from a in left from b in right select (Expr)new Add(a, b);

    public static Gen<Expr> Subtract(Gen<Expr> left, Gen<Expr> right) =>
        from a in left from b in right select (Expr)new Subtract(a, b);

    public static Gen<Expr> Multiply(Gen<Expr> left, Gen<Expr> right) =>
        from a in left from b in right select (Expr)new Multiply(a, b);

    public static Gen<Expr> Divide(Gen<Expr> numerator, Gen<Expr> denominator) =>
        from a in numerator from b in denominator select (Expr)new Divide(a, b);

    public static Gen<Expr> Negate(Gen<Expr> operand) => operand.Select(static a => (Expr)new Negate(a));

    public static Gen<Expr> Power(Gen<Expr> bases, Gen<int> exponents) =>
        from b in bases from n in exponents select (Expr)new Power(b, n);

    public static Gen<Expr> Exp(Gen<Expr> argument) => argument.Select(static a => (Expr)new Exp(a));

    public static Gen<Expr> Log(Gen<Expr> argument) => argument.Select(static a => (Expr)new Log(a));

    public static Gen<Expr> Sigmoid(Gen<Expr> argument) => argument.Select(static a => (Expr)new Sigmoid(a));

    /// <summary>Any of the catalog's activation functions (tanh, softplus, log σ, SiLU, ...) applied to an argument.</summary>
    public static Gen<Expr> Activation(Gen<Expr> argument) =>
        from f in Gen.Elements(ActivationFunction.All.ToArray()) from a in argument select (Expr)new Activation(f, a);

    /// <summary>softmax(z)ᵢ with the index i drawn within the list.</summary>
    public static Gen<Expr> Softmax(Gen<ExprList> logits) =>
        from z in logits from i in Gen.Choose(0, z.Count - 1) select (Expr)new Softmax(z, i);

    /// <summary>log softmax(z)ᵢ with the index i drawn within the list.</summary>
    public static Gen<Expr> LogSoftmax(Gen<ExprList> logits) =>
        from z in logits from i in Gen.Choose(0, z.Count - 1) select (Expr)new LogSoftmax(z, i);

    public static Gen<Expr> LogSumExp(Gen<ExprList> logits) => logits.Select(static z => (Expr)new LogSumExp(z));

    public static Gen<Expr> BinaryCrossEntropy(Gen<Expr> logit, Gen<Expr> target) =>
        from z in logit from y in target select (Expr)new BinaryCrossEntropy(z, y);

    /// <summary>Cross-entropy of a logit list and a target list of the same length (<paramref name="targets"/> gets the length).</summary>
    public static Gen<Expr> CrossEntropy(Gen<ExprList> logits, Func<int, Gen<ExprList>> targets) =>
        from z in logits from y in targets(z.Count) select (Expr)new CrossEntropy(z, y);

    public static Gen<Expr> KroneckerDelta(Gen<int> first, Gen<int> second) =>
        from i in first from j in second select (Expr)new KroneckerDelta(i, j);

    /// <summary>An unevaluated derivative node d(body)/d(variable).</summary>
    public static Gen<Expr> Derivative(Gen<Expr> body, Gen<Symbol> variable) =>
        from b in body from v in variable select (Expr)new Derivative(b, v);

    /// <summary>
    /// The arithmetic of a generator whose trees are defined everywhere, as weighted choices for
    /// Gen.Frequency: a + b (3), a − b (2), a·b (3), a / d (2) with d from
    /// <paramref name="positiveDenominator"/> (so never 0), −a (1).
    /// </summary>
    public static (int Weight, Gen<Expr> Node)[] DefinedArithmetic(Gen<Expr> operand, Gen<Expr> positiveDenominator) =>
    [
        (3, Add(operand, operand)),
        (2, Subtract(operand, operand)),
        (3, Multiply(operand, operand)),
        (2, Divide(operand, positiveDenominator)),
        (1, Negate(operand)),
    ];

    /// <summary>A list of exactly <paramref name="count"/> items.</summary>
    public static Gen<ExprList> List(Gen<Expr> item, int count) => Gen.ArrayOf(item, count).Select(static items => new ExprList(items));

    /// <summary>A list whose length is drawn from <paramref name="counts"/> first.</summary>
    public static Gen<ExprList> List(Gen<Expr> item, Gen<int> counts) =>
        from n in counts from items in List(item, n) select items;
}
