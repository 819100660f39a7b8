using Verification.Symbolic.Compilation;

namespace Verification.Symbolic.Tests.Compilation;

public class StableMathTests
{
    [Fact]
    public void LogOnePlusKeepsTinyArguments()
    {
        Assert.Equal(1e-20, StableMath.LogOnePlus(1e-20));
        Assert.Equal(1e-10 - 5e-21, StableMath.LogOnePlus(1e-10), 1e-25);
        Assert.Equal(Math.Log(2), StableMath.LogOnePlus(1), 1e-16);
        Assert.Equal(double.NegativeInfinity, StableMath.LogOnePlus(-1));
        Assert.Equal(double.PositiveInfinity, StableMath.LogOnePlus(double.PositiveInfinity));
    }

    [Fact]
    public void IntegerPowerHandlesEveryExponent()
    {
        Assert.Equal(0.0, StableMath.IntegerPower(2, int.MinValue));
        Assert.Equal(double.PositiveInfinity, StableMath.IntegerPower(2, int.MaxValue));
        Assert.Equal(1.0, StableMath.IntegerPower(-1, int.MinValue));
        Assert.Equal(-1.0, StableMath.IntegerPower(-1, int.MaxValue));
    }

    [Fact]
    public void SoftmaxFamilyAtInfiniteAndNaNLogits()
    {
        Assert.Equal(double.NegativeInfinity, StableMath.LogSumExp([double.NegativeInfinity, double.NegativeInfinity]));
        Assert.Equal(double.PositiveInfinity, StableMath.LogSumExp([1, double.PositiveInfinity]));
        Assert.Equal(0.0, StableMath.Softmax([double.NegativeInfinity, 0], 0));
        Assert.True(double.IsNaN(StableMath.Softmax([double.NaN, 0], 1)));
        Assert.True(double.IsNaN(StableMath.Sigmoid(double.NaN)));
    }
}
