using Fractions;

namespace Verification.Symbolic.Expressions;

/// <summary>An exact rational constant. Decimals such as <c>0.25</c> are read as exact rationals (1/4).</summary>
public sealed record Constant(Fraction Value) : Expr
{
    public static Constant Zero { get; } = new(Fraction.Zero);

    public static Constant One { get; } = new(Fraction.One);
}
