using Verification.Symbolic.Compilation;
using Verification.Symbolic.Expressions;

namespace Verification.Symbolic.Tests.Compilation;

/// <summary>
/// What the compiler and its stable helpers refuse, and how they say it: the argument named, the message saying
/// what was wrong. Each check survived the Compilation mutation slice: the existing tests asserted only the
/// exception's type, or nothing reached the check.
/// </summary>
public class CompilerRefusalTests
{
    private static readonly Symbol X = new("x");
    private static readonly Symbol Y = new("y");

    [Fact]
    public void NullArgumentsAreRefusedByName()
    {
        Assert.Equal("expression", Assert.Throws<ArgumentNullException>(() => ExprCompiler.Compile(null!, [X])).ParamName);
        Assert.Equal("parameters", Assert.Throws<ArgumentNullException>(() => ExprCompiler.Compile(X, null!)).ParamName);
        Assert.Equal("expressions", Assert.Throws<ArgumentNullException>(() => ExprCompiler.CompileVector(null!, [X])).ParamName);
        Assert.Equal("parameters", Assert.Throws<ArgumentNullException>(() => ExprCompiler.CompileVector([X], null!)).ParamName);
        Assert.Equal("arguments", Assert.Throws<ArgumentNullException>(() => ExprCompiler.Compile(X, [X])(null!)).ParamName);
        Assert.Equal("arguments", Assert.Throws<ArgumentNullException>(() => ExprCompiler.CompileVector([X], [X])(null!)).ParamName);

        Assert.Equal("logits", Assert.Throws<ArgumentNullException>(() => StableMath.LogSumExp(null!)).ParamName);
        Assert.Equal("logits", Assert.Throws<ArgumentNullException>(() => StableMath.Softmax(null!, 0)).ParamName);
        Assert.Equal("logits", Assert.Throws<ArgumentNullException>(() => StableMath.LogSoftmax(null!, 0)).ParamName);
        Assert.Equal("logits", Assert.Throws<ArgumentNullException>(() => StableMath.CrossEntropy(null!, [1.0])).ParamName);
        Assert.Equal("targets", Assert.Throws<ArgumentNullException>(() => StableMath.CrossEntropy([1.0], null!)).ParamName);
    }

    [Fact]
    public void AWrongNumberOfArgumentValuesIsRefusedWithBothCounts()
    {
        var failure = Assert.Throws<ArgumentException>(() => ExprCompiler.Compile(new Add(X, Y), [X, Y])([1.0]));

        Assert.Equal("arguments", failure.ParamName);
        Assert.Contains("Expected 2 argument values, got 1", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AParameterListedTwiceIsRefused()
    {
        var failure = Assert.Throws<ArgumentException>(() => ExprCompiler.Compile(X, [X, X]));

        Assert.Equal("parameters", failure.ParamName);
        Assert.Contains("'x' is listed twice", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AFreeSymbolOutsideTheParametersIsNamedWithTheParameters()
    {
        var failure = Assert.Throws<ArgumentException>(() => ExprCompiler.Compile(new Add(X, Y), [X]));

        Assert.Contains("free symbol 'y'", failure.Message, StringComparison.Ordinal);
        Assert.Contains("[x]", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ASoftmaxIndexOutsideItsLogitsAndMismatchedTargetsAreRefused()
    {
        var index = Assert.Throws<ArgumentOutOfRangeException>(() => ExprCompiler.Compile(new Softmax(new ExprList(X, Y), 5), [X, Y]));
        Assert.Contains("Index 5 is outside the 2 logits", index.Message, StringComparison.Ordinal);

        var targets = Assert.Throws<ArgumentException>(() => ExprCompiler.Compile(new CrossEntropy(new ExprList(X, Y), new ExprList(X, Y, X)), [X, Y]));
        Assert.Contains("2 logits but 3 targets", targets.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StableHelpersRefuseAnEmptyRowOfLogits()
    {
        var failure = Assert.Throws<ArgumentException>(() => StableMath.LogSumExp([]));
        Assert.Contains("at least one logit", failure.Message, StringComparison.Ordinal);
    }
}
