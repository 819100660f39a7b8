using Verification.Symbolic.Canonical;

namespace Verification.Symbolic.Tests.Canonical;

/// <summary>The work limits are inclusive: exactly the limit is allowed, one more is "too large".</summary>
public class WorkMeterTests
{
    [Fact]
    public void WorkUpToTheLimitIsAllowedAndOneMoreIsTooLarge()
    {
        var meter = new WorkMeter(new EngineLimits(MaxWork: 10));
        meter.Charge(10);
        Assert.Equal(10, meter.Work);
        var refusal = Assert.Throws<WorkLimitExceededException>(() => meter.Charge(1));
        Assert.Contains("(EngineLimits.MaxWork)", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ProductUpToTheTermLimitIsAllowedAndChargedAsWork()
    {
        var meter = new WorkMeter(new EngineLimits(MaxTerms: 12));
        meter.ChargeProduct(3, 4);
        Assert.Equal(12, meter.Work);
        Assert.Throws<WorkLimitExceededException>(() => meter.ChargeProduct(13, 1));
        Assert.Equal(12, meter.Work);
    }
}
