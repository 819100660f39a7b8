namespace Verification.Numerics.Tests.Reference;

/// <summary>The reference must itself be checked before it can judge the kernels.</summary>
public class DoubleDoubleTests
{
    [Fact]
    public void ExpOfOneIsEulersNumberToDoubleDoublePrecision()
    {
        // e = 2.71828182845904523536028747135266249…: hi and lo from the QD library's constant.
        var e = DoubleDouble.Exp(1.0);
        Assert.Equal(2.718281828459045091e+00, e.Hi);
        Assert.Equal(1.445646891729250158e-16, e.Lo, 5e-30);
    }

    [Fact]
    public void LogOfTenMatchesItsKnownExpansion()
    {
        // ln 10 = 2.30258509299404568401799145468436420…
        var logTen = DoubleDouble.Log(10.0);
        Assert.Equal(2.302585092994045901e+00, logTen.Hi);
        Assert.Equal(-2.170756223382249351e-16, logTen.Lo, 5e-30);
    }

    [Fact]
    public void LogOnePlusOfATinyArgumentKeepsItsRelativePrecision()
    {
        // log(1 + a) = a − a²/2 + a³/3 − a⁴/4 + …, a = 2⁻⁴⁹: hi = 2⁻⁴⁹ − 2⁻⁹⁹ (exact in a double), lo = 2⁻¹⁴⁷/3 − 2⁻¹⁹⁸.
        // Log(1 + a) through Newton on exp is only absolutely accurate and missed hi by an ulp here.
        var value = ExactMath.LogOnePlus(new ExactValue(new DoubleDouble(Math.ScaleB(1.0, -49), 0), 0));
        Assert.Equal(0, value.Exponent);
        Assert.Equal(Math.ScaleB(1.0, -49) - Math.ScaleB(1.0, -99), value.Mantissa.Hi);
        Assert.Equal((Math.ScaleB(1.0, -147) / 3) - Math.ScaleB(1.0, -198), value.Mantissa.Lo, Math.ScaleB(1.0, -190));
    }

    [Fact]
    public void LogInvertsExpOnAWideRange()
    {
        // Above e^(−600) the low part is still normal, so the double-double keeps its full precision.
        for (var x = -600.0; x <= 700.0; x += 13.7)
        {
            var roundTrip = DoubleDouble.Log(DoubleDouble.Exp(x));
            Assert.True(Math.Abs((roundTrip - x).Hi) <= 1e-28 * Math.Max(1, Math.Abs(x)), $"x = {x}");
        }
    }

    [Fact]
    public void ExpAgreesWithTheSystemLibraryToWithinItsOneUlp()
    {
        var random = new Random(7);
        for (var i = 0; i < 2000; i++)
        {
            var x = (random.NextDouble() * 1400) - 700;
            Assert.True(Ulps.Error(Math.Exp(x), ExactMath.Exp(x)) < 1, $"x = {x}");
        }
    }

    [Fact]
    public void ExpPartsRepresentSubnormalResultsExactly()
    {
        // e^(−740) = 4.2e-322 is subnormal: the scaled reference and the system exp (which rounds
        // subnormals correctly) must agree within half a subnormal ulp.
        foreach (var x in new[] { -709.5, -720.0, -740.0, -744.0 })
        {
            Assert.True(Ulps.Error(Math.Exp(x), ExactMath.Exp(x)) <= 0.5, $"x = {x}");
        }
    }

    [Fact]
    public void UlpErrorCountsUnitsOfTheExactValue()
    {
        Assert.Equal(1.0, Ulps.Error(Math.BitIncrement(1.0), DoubleDouble.One), 12);
        Assert.Equal(1.0, Ulps.Error(MathF.BitIncrement(1f), DoubleDouble.One), 12);
        Assert.Equal(3.0, Ulps.Error(3 * double.Epsilon, ExactValue.Zero), 12);
        Assert.Equal(0.5, Ulps.Error(0.0, new ExactValue(DoubleDouble.One, -1075)), 12);
    }
}
