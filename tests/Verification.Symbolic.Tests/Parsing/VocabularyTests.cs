using Verification.Symbolic.Expressions;
using Verification.Symbolic.Parsing;
using static Verification.Symbolic.Tests.Parsing.Build;

namespace Verification.Symbolic.Tests.Parsing;

/// <summary>
/// The reserved words (claim-language.md, "Tokens"): every function, in the order the "unknown
/// function" message lists them, how each is written (its usage in messages), and the keywords.
/// </summary>
public class VocabularyTests
{
    private const string Functions = "exp, log, sigmoid, tanh, softplus, log_sigmoid, silu, softmax, log_softmax, logsumexp, diff, delta, bce, cross_entropy, focal, sum, prod, rational";

    [Fact]
    public void AnUnknownFunctionListsEveryFunctionInOrder()
    {
        Assert.Equal(Functions, Vocabulary.KnownFunctions);
        var error = ParseFailure("x == relu(x)");
        Assert.Equal((1, 6, $"unknown function 'relu' (the functions are {Functions})"), (error.Line, error.Column, error.Message));
    }

    /// <summary>Each function with the usage its row of <see cref="Vocabulary.All"/> gives.</summary>
    public static TheoryData<string, string> Usages => new()
    {
        { "exp", "exp(e)" },
        { "log", "log(e)" },
        { "sigmoid", "sigmoid(e)" },
        { "tanh", "tanh(e)" },
        { "softplus", "softplus(e)" },
        { "log_sigmoid", "log_sigmoid(e)" },
        { "silu", "silu(e)" },
        { "softmax", "softmax([z0, z1, ...], i) or softmax([z0, z1, ...], i, temperature: T)" },
        { "log_softmax", "log_softmax([z0, z1, ...], i) or log_softmax([z0, z1, ...], i, temperature: T)" },
        { "logsumexp", "logsumexp([z0, z1, ...])" },
        { "diff", "diff(e, x)" },
        { "delta", "delta(i, j)" },
        { "bce", "bce(z, y)" },
        { "cross_entropy", "cross_entropy([z0, ...], [y0, ...]) or cross_entropy([z0, ...], [y0, ...], smoothing: eps)" },
        { "focal", "focal(z, y, gamma) with an integer gamma >= 0" },
        { "sum", "sum(k in a..b: e)" },
        { "prod", "prod(k in a..b: e)" },
        { "rational", "rational(n) or rational(n, d)" },
    };

    [Theory]
    [MemberData(nameof(Usages))]
    public void AFunctionWithoutParenthesesSaysHowItIsWritten(string name, string usage)
    {
        var error = ParseFailure($"x == {name} + 1");
        Assert.Equal((1, 6, $"'{name}' is a function: expected '(' after it, as in {usage}"), (error.Line, error.Column, error.Message));
        Assert.True(Vocabulary.IsReserved(name));
    }

    [Theory]
    [InlineData("exp")]
    [InlineData("log")]
    [InlineData("sigmoid")]
    [InlineData("tanh")]
    [InlineData("softplus")]
    [InlineData("log_sigmoid")]
    [InlineData("silu")]
    public void AFunctionOfOneArgumentTakesExactlyOne(string name)
    {
        var error = ParseFailure($"{name}(x, y) == 0");
        Assert.Equal((name.Length + 5, $"{name} takes 1 argument, as in {name}(e), but 2 were given"), (error.Column, error.Message));
    }

    [Fact]
    public void ActivationsAreElaboratedToTheirOwnNodes()
    {
        Assert.Equal(new Activation(ActivationFunction.All[0], S("x")), ParseExpr("tanh(x)"));
        Assert.Equal(new Activation(ActivationFunction.All[1], S("x")), ParseExpr("softplus(x)"));
        Assert.Equal(new Activation(ActivationFunction.All[2], S("x")), ParseExpr("log_sigmoid(x)"));
        Assert.Equal(new Activation(ActivationFunction.All[3], S("x")), ParseExpr("silu(x)"));
        Assert.Equal(["tanh", "softplus", "log_sigmoid", "silu"], ActivationFunction.All.Select(f => f.Name));
        Assert.Equal(new Exp(S("x")), ParseExpr("exp(x)"));
        Assert.Equal(new Log(S("x")), ParseExpr("log(x)"));
        Assert.Equal(new Sigmoid(S("x")), ParseExpr("sigmoid(x)"));
        Assert.Equal(new BinaryCrossEntropy(S("z"), S("y")), ParseExpr("bce(z, y)"));
    }

    [Theory]
    [InlineData("for")]
    [InlineData("in")]
    [InlineData("all")]
    [InlineData("solve")]
    [InlineData("where")]
    public void AKeywordIsNoExpressionAndNoName(string keyword)
    {
        var error = ParseFailure($"x == 1 + {keyword}");
        Assert.Equal((10, $"expected an expression, found the keyword '{keyword}'"), (error.Column, error.Message));
        Assert.True(Vocabulary.IsReserved(keyword));

        // After "for i, " ("for all" right after "for" would start a claim for every n).
        var binder = ParseFailure($"for i, {keyword} = 1: x == x");
        Assert.Equal((8, $"'{keyword}' is reserved and cannot name an index variable (as in 'for i in a..b:')"), (binder.Column, binder.Message));
    }

    [Theory]
    [InlineData("e")]
    [InlineData("Exp")]
    [InlineData("n")]
    [InlineData("temperature")]
    public void OtherNamesAreNotReserved(string name)
    {
        Assert.False(Vocabulary.IsReserved(name));
        Assert.Equal(Eq(S(name), S(name)), ParseClaim($"{name} == {name}"));
    }
}
