using Verification.Symbolic.Evaluation;

namespace Verification.Symbolic.Tests.Evaluation;

/// <summary>A result says whether it is defined, and asking an undefined one for its value names the reason.</summary>
public class EvaluationResultTests
{
    [Fact]
    public void DefinedResultsGiveTheirValue()
    {
        var value = HighPrecisionReal.FromInteger(3, 64);
        EvaluationResult result = new Defined(value);
        Assert.True(result.IsDefined);
        Assert.Equal(value, result.ValueOrThrow());
    }

    [Fact]
    public void AnUndefinedResultNamesItsReasonWhenAskedForAValue()
    {
        EvaluationResult result = new Undefined("division by zero");
        Assert.False(result.IsDefined);
        var error = Assert.Throws<InvalidOperationException>(() => result.ValueOrThrow());
        Assert.Equal("The expression is undefined here: division by zero.", error.Message);
    }
}
