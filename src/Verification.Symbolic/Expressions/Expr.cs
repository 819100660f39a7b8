using System.Numerics;
using Fractions;

namespace Verification.Symbolic.Expressions;

/// <summary>
/// An immutable expression over exact rationals, real symbols, + − × ÷, integer powers, exp, log
/// and the named functions of the sigmoid/softmax family. Equality is structural: two trees are
/// equal when they are written the same way, not when they are mathematically equal (that question
/// belongs to <c>IdentityDecider</c>).
/// </summary>
/// <remarks>
/// One sealed record per node, one file per node. Operations (differentiation, canonical form,
/// printing, compilation) are separate static classes that switch over the nodes; see
/// <c>docs/adding-a-node.md</c> for what a new node must implement.
/// </remarks>
public abstract record Expr
{
    private protected Expr()
    {
    }

    public static Expr operator +(Expr left, Expr right) => new Add(left, right);

    public static Expr operator -(Expr left, Expr right) => new Subtract(left, right);

    public static Expr operator *(Expr left, Expr right) => new Multiply(left, right);

    public static Expr operator /(Expr left, Expr right) => new Divide(left, right);

    public static Expr operator -(Expr operand) => new Negate(operand);

    public static implicit operator Expr(int value) => new Constant(new Fraction(value));

    /// <summary>The claim-language text of the expression (parses back to an equal tree).</summary>
    public sealed override string ToString() => Printing.PlainTextPrinter.Print(this);

    /// <summary>Builds a constant from an exact rational.</summary>
    public static Expr Number(BigInteger numerator, BigInteger denominator) => new Constant(new Fraction(numerator, denominator, normalize: true));
}
