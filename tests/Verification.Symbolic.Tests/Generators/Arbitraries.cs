using FsCheck;
using FsCheck.Fluent;
using Verification.Symbolic.Expressions;

namespace Verification.Symbolic.Tests.Generators;

// The FsCheck registrations, one class a generator, for [Property(Arbitrary = [typeof(...)])]. None
// shrinks: a shrunk tree could leave the generator's domain (a logarithm of a non-positive, an
// unparsable name), and the seed FsCheck prints replays the original counterexample anyway.

/// <summary>Registers <see cref="DefinedExpressions.PointedExpressions"/> for <see cref="PointedExpression"/> parameters.</summary>
public static class PointedExpressionArbitraries
{
    public static Arbitrary<PointedExpression> PointedExpression() => DefinedExpressions.PointedExpressions.ToArbitrary();
}

/// <summary>Registers <see cref="DefinedExpressions.GentlePointedExpressions"/> (small trees, |x|, |y| ≤ 1) for <see cref="PointedExpression"/> parameters.</summary>
public static class GentlePointedExpressionArbitraries
{
    public static Arbitrary<PointedExpression> PointedExpression() => DefinedExpressions.GentlePointedExpressions.ToArbitrary();
}

/// <summary>Registers <see cref="FragmentExpressions.Expression"/> (the decidable fragment) for <see cref="Expr"/> parameters.</summary>
public static class FragmentArbitraries
{
    public static Arbitrary<Expr> Expr() => FragmentExpressions.Expression.ToArbitrary();
}

/// <summary>Registers <see cref="PrintableExpressions.Expr"/> (every tree the parser can build) for <see cref="Expr"/> parameters.</summary>
public static class PrintableArbitraries
{
    public static Arbitrary<Expr> Expr() => PrintableExpressions.Expr.ToArbitrary();
}
