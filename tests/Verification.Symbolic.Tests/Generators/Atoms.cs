using System.Numerics;
using Fractions;
using FsCheck;
using FsCheck.Fluent;
using Verification.Symbolic.Expressions;

namespace Verification.Symbolic.Tests.Generators;

/// <summary>
/// The leaves every generator draws from: the variables x, y, z and exact rationals. Each generator
/// chooses its own ranges (small dyadic-friendly ones for calculus, tiny ones for the decidable
/// fragment, extreme ones for printing), but builds them here, so a constant is made one way.
/// </summary>
public static class Atoms
{
    public static readonly Symbol X = new("x");
    public static readonly Symbol Y = new("y");
    public static readonly Symbol Z = new("z");

    /// <summary>One of <paramref name="symbols"/>, uniformly.</summary>
    public static Gen<Symbol> SymbolFrom(params Symbol[] symbols) => Gen.Elements(symbols);

    /// <summary>The constant n/d in lowest terms (d may be any non-zero integer).</summary>
    public static Constant Rational(BigInteger numerator, BigInteger denominator) =>
        new(new Fraction(numerator, denominator, normalize: true));

    /// <summary>n/d with n drawn from <paramref name="numerators"/>, then d from <paramref name="denominators"/>.</summary>
    public static Gen<Constant> Rationals(Gen<int> numerators, Gen<int> denominators) =>
        from n in numerators
        from d in denominators
        select Rational(n, d);
}
