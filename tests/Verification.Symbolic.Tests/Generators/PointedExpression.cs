using System.Collections.Immutable;
using Fractions;
using Verification.Symbolic.Expressions;

namespace Verification.Symbolic.Tests.Generators;

/// <summary>An expression together with an exact point (dyadic rationals, so doubles hold them exactly).</summary>
public sealed record PointedExpression(Expr Expression, ImmutableDictionary<string, Fraction> Point)
{
    public double[] DoublePoint => [(double)Point["x"], (double)Point["y"]];

    public override string ToString() =>
        $"{Expression} at x = {Point["x"]}, y = {Point["y"]}";
}
