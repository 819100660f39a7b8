using Fractions;

namespace Verification.Symbolic.Expressions;

/// <summary>
/// Smart constructors that apply only local, value-preserving cleanups while results are built:
/// 0·u → 0, 1·u → u, u + 0 → u, u − 0 → u, 0 − u → −u, u / 1 → u, u^1 → u, −(−u) → u, and folding of
/// an operation on constants when the result is defined (never 1/0 or 0^−1). Nothing beyond that:
/// deciding whether two expressions are equal belongs to the canonical-form layer.
/// </summary>
/// <remarks>
/// 0·u → 0 forgets where u is undefined (0·log x at x = −1); that is accepted, as it is by every
/// computer-algebra system, because derivative terms that vanish identically must disappear.
/// </remarks>
public static class ExprBuilder
{
    // Folding c^n for huge n would build astronomically large rationals; beyond this, keep the power.
    private const int MaxFoldedExponent = 1024;

    /// <summary>u + v.</summary>
    public static Expr Add(Expr left, Expr right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return (left, right) switch
        {
            (Constant a, Constant b) => new Constant(a.Value + b.Value),
            (Constant a, _) when a.Value.IsZero => right,
            (_, Constant b) when b.Value.IsZero => left,
            _ => new Add(left, right),
        };
    }

    /// <summary>u − v.</summary>
    public static Expr Subtract(Expr left, Expr right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return (left, right) switch
        {
            (Constant a, Constant b) => new Constant(a.Value - b.Value),
            (_, Constant b) when b.Value.IsZero => left,
            (Constant a, _) when a.Value.IsZero => Negate(right),
            _ => new Subtract(left, right),
        };
    }

    /// <summary>u · v.</summary>
    public static Expr Multiply(Expr left, Expr right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return (left, right) switch
        {
            (Constant a, Constant b) => new Constant(a.Value * b.Value),
            (Constant a, _) when a.Value.IsZero => Constant.Zero,
            (_, Constant b) when b.Value.IsZero => Constant.Zero,
            (Constant a, _) when a.Value == Fraction.One => right,
            (_, Constant b) when b.Value == Fraction.One => left,
            _ => new Multiply(left, right),
        };
    }

    /// <summary>u / v. Never folds a division by the constant 0: that stays visible (and undefined).</summary>
    public static Expr Divide(Expr numerator, Expr denominator)
    {
        ArgumentNullException.ThrowIfNull(numerator);
        ArgumentNullException.ThrowIfNull(denominator);
        return (numerator, denominator) switch
        {
            (Constant a, Constant b) when !b.Value.IsZero => new Constant(a.Value / b.Value),
            (_, Constant b) when b.Value == Fraction.One => numerator,
            _ => new Divide(numerator, denominator),
        };
    }

    /// <summary>−u.</summary>
    public static Expr Negate(Expr operand)
    {
        ArgumentNullException.ThrowIfNull(operand);
        return operand switch
        {
            Constant c => new Constant(-c.Value),
            Negate inner => inner.Operand,
            _ => new Negate(operand),
        };
    }

    /// <summary>u^n. Folds c^n unless c = 0 with n &lt; 0 (undefined) or n is huge.</summary>
    public static Expr Power(Expr @base, int exponent)
    {
        ArgumentNullException.ThrowIfNull(@base);
        return @base switch
        {
            _ when exponent == 1 => @base,
            Constant c when (!c.Value.IsZero || exponent >= 0) && Math.Abs((long)exponent) <= MaxFoldedExponent =>
                new Constant(Fraction.Pow(c.Value, exponent)),
            _ => new Power(@base, exponent),
        };
    }

    /// <summary>u_0 + u_1 + … folded from the left; the empty sum is 0.</summary>
    public static Expr Sum(IEnumerable<Expr> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        Expr? sum = null;
        foreach (var term in terms)
        {
            sum = sum is null ? term : Add(sum, term);
        }

        return sum ?? Constant.Zero;
    }

    /// <summary>
    /// Applies the local cleanups above to the top node of <paramref name="expression"/> only
    /// (children are taken as they are); other nodes are returned unchanged.
    /// </summary>
    public static Expr Simplify(Expr expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        return expression switch
        {
            Add(var l, var r) => Add(l, r),
            Subtract(var l, var r) => Subtract(l, r),
            Multiply(var l, var r) => Multiply(l, r),
            Divide(var n, var d) => Divide(n, d),
            Negate(var u) => Negate(u),
            Power(var b, var n) => Power(b, n),
            _ => expression,
        };
    }
}
