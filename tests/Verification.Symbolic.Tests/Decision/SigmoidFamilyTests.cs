using Verification.Symbolic.Claims;
using Verification.Symbolic.Compilation;
using Verification.Symbolic.Decision;
using Verification.Symbolic.Parsing;

namespace Verification.Symbolic.Tests.Decision;

/// <summary>
/// The sigmoid's relatives (tanh, softplus, log-sigmoid, SiLU, softmax with temperature, label
/// smoothing, focal loss): their textbook identities are proved from the definitions, and the
/// classic slips are refuted.
/// </summary>
public class SigmoidFamilyTests
{
    [Theory]
    [InlineData("tanh(x) == 2*sigmoid(2*x) - 1")]
    [InlineData("tanh(-x) == -tanh(x)")]
    [InlineData("diff(tanh(x), x) == 1 - tanh(x)^2")]
    [InlineData("diff(softplus(x), x) == sigmoid(x)")]
    [InlineData("softplus(x) - softplus(-x) == x")]
    [InlineData("log_sigmoid(x) == -softplus(-x)")]
    [InlineData("diff(log_sigmoid(x), x) == 1 - sigmoid(x)")]
    [InlineData("silu(x) == x * sigmoid(x)")]
    [InlineData("diff(silu(x), x) == sigmoid(x) * (1 + x * (1 - sigmoid(x)))")]
    [InlineData("diff(softmax([z0, z1, z2], 0, temperature: 2), z1) == -(1/2) * softmax([z0, z1, z2], 0, temperature: 2) * softmax([z0, z1, z2], 1, temperature: 2)")]
    [InlineData("softmax([z0, z1, z2], 1, temperature: 1) == softmax([z0, z1, z2], 1)")]
    [InlineData("log_softmax([z0, z1], 0, temperature: 3) == log(softmax([z0, z1], 0, temperature: 3))")]
    [InlineData("diff(cross_entropy([z0, z1, z2], [y0, y1, y2], smoothing: e), z0) == softmax([z0, z1, z2], 0) * ((1 - e) * (y0 + y1 + y2) + e) - ((1 - e) * y0 + e / 3)")]
    [InlineData("cross_entropy([z0, z1], [y0, y1], smoothing: 0) == cross_entropy([z0, z1], [y0, y1])")]
    [InlineData("focal(z, y, 0) == bce(z, y)")]
    [InlineData("diff(focal(z, 1, 1), z) == -(1 - sigmoid(z)) * (1 - sigmoid(z) - sigmoid(z) * log(sigmoid(z)))")]
    [InlineData("diff(focal(z, 0, 2), z) == sigmoid(z)^2 * (sigmoid(z) - 2 * (1 - sigmoid(z)) * log(1 - sigmoid(z)))")]
    public void TextbookIdentityIsProved(string text) => Assert.IsType<Proved>(Decide(text));

    [Theory]
    [InlineData("tanh(x) == 2*sigmoid(x) - 1")]
    [InlineData("diff(tanh(x), x) == 1 + tanh(x)^2")]
    [InlineData("diff(softplus(x), x) == sigmoid(-x)")]
    [InlineData("log_sigmoid(x) == softplus(-x)")]
    [InlineData("diff(silu(x), x) == sigmoid(x) * (1 + x * (1 + sigmoid(x)))")]
    [InlineData("diff(softmax([z0, z1, z2], 0, temperature: 2), z1) == -softmax([z0, z1, z2], 0, temperature: 2) * softmax([z0, z1, z2], 1, temperature: 2)")]
    [InlineData("diff(cross_entropy([z0, z1, z2], [y0, y1, y2], smoothing: e), z0) == softmax([z0, z1, z2], 0) * (y0 + y1 + y2) - ((1 - e) * y0 + e / 3)")]
    [InlineData("focal(z, y, 1) == bce(z, y)")]
    public void ClassicSlipIsRefuted(string text) => Assert.IsType<Refuted>(Decide(text));

    [Theory]
    [InlineData("softmax([z0, z1], 0, temperature: T) == sigmoid((z0 - z1) / T)")]
    [InlineData("diff(softmax([z0, z1, z2], 0, temperature: T), z1) == -(1/T) * softmax([z0, z1, z2], 0, temperature: T) * softmax([z0, z1, z2], 1, temperature: T)")]
    [InlineData("diff(softmax([z0, z1, z2], 2, temperature: T), z2) == (1/T) * softmax([z0, z1, z2], 2, temperature: T) * (1 - softmax([z0, z1, z2], 2, temperature: T))")]
    public void SymbolicTemperatureIsProvedThroughTheReciprocalChange(string text)
    {
        var proved = Assert.IsType<Proved>(Decide(text));
        Assert.Contains("change of variable T = 1/τ", proved.Method, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("diff(softmax([z0, z1, z2], 0, temperature: T), z1) == -(1/T^2) * softmax([z0, z1, z2], 0, temperature: T) * softmax([z0, z1, z2], 1, temperature: T)")]
    [InlineData("softmax([z0, z1], 0, temperature: T) == sigmoid(z0 - z1)")]
    public void WrongTemperatureFactorIsRefuted(string text) => Assert.IsType<Refuted>(Decide(text));

    [Fact]
    public void TheFreshReciprocalNeverCapturesASymbolOfTheClaim()
    {
        // T and T_reciprocal are independent here, so the claim is false; a change of variable that
        // reused the name T_reciprocal would make both sides e^(x·T_reciprocal) and "prove" it.
        Assert.IsType<Refuted>(Decide("exp(x / T) == exp(x * T_reciprocal)"));
        Assert.IsType<Refuted>(Decide("exp(x / T) + 0 * T_reciprocal_ == exp(x * T_reciprocal_)"));
    }

    [Fact]
    public void AProofAfterTheChangeOfVariableReportsItsWork()
    {
        var proved = Assert.IsType<Proved>(Decide("softmax([z0, z1], 0, temperature: T) == sigmoid((z0 - z1) / T)"));
        Assert.True(proved.Work > 0, $"work {proved.Work}");
    }

    [Fact]
    public void ADerivativeByTheTemperatureBlocksTheChangeOfVariable()
    {
        // diff(…, T) would change meaning under T = 1/τ, so the claim stays outside the fragment:
        // unknown, never a proof resting on a rewritten derivative.
        var verdict = Decide("diff(exp(x / T), T) == -x / T^2 * exp(x / T)");
        var unknown = Assert.IsType<Unknown>(verdict);
        Assert.Contains("outside the decidable fragment", unknown.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(40.0)]
    [InlineData(-40.0)]
    [InlineData(1e-300)]
    [InlineData(800.0)]
    [InlineData(-800.0)]
    public void StableDoublesMatchTheirDefinitionsWhereThoseDoNotOverflow(double x)
    {
        // Independent references: log1p from the runtime for softplus, x·(logistic) for SiLU.
        var softplus = x > 0 ? x + double.Log(1 + Math.Exp(-x)) : LogOnePlusExact(Math.Exp(x));
        Assert.Equal(softplus, StableMath.Softplus(x), Math.Abs(softplus) * 1e-15);
        Assert.Equal(-StableMath.Softplus(-x), StableMath.LogSigmoid(x));
        Assert.Equal(Math.Tanh(x), StableMath.Tanh(x));
        var sigmoid = x >= 0 ? 1 / (1 + Math.Exp(-x)) : Math.Exp(x) / (1 + Math.Exp(x));
        Assert.Equal(x * sigmoid, StableMath.Silu(x), Math.Abs(x * sigmoid) * 1e-15);
    }

    [Theory]
    [InlineData("tanh", "\\tanh")]
    [InlineData("softplus", "\\operatorname{softplus}")]
    [InlineData("log_sigmoid", "\\log\\sigma")]
    [InlineData("silu", "\\operatorname{SiLU}")]
    public void EachRelativePrintsAndParsesBack(string name, string latex)
    {
        var parsed = ClaimParser.Parse($"3 * {name}(x - 1) == {name}(-x)");
        Assert.True(parsed.IsSuccess, parsed.Error?.ToString());
        var claim = Assert.IsType<IdentityClaim>(parsed.Value);
        var text = $"{Verification.Symbolic.Printing.PlainTextPrinter.Print(claim.Left)} == {Verification.Symbolic.Printing.PlainTextPrinter.Print(claim.Right)}";
        Assert.Equal($"3 * {name}(x - 1) == {name}(-x)", text);
        Assert.Equal(claim, ClaimParser.Parse(text).Value);
        Assert.Equal($"3 {latex}\\left(x - 1\\right)", Verification.Symbolic.Printing.LatexPrinter.Print(claim.Left));
    }

    // log(1 + u) for u < 1 by its alternating series, which for the tiny u used here is u − u²/2 to full precision.
    private static double LogOnePlusExact(double u) => u < 1e-8 ? u - (u * u / 2) : Math.Log(1 + u);

    private static Verdict Decide(string text)
    {
        var parsed = ClaimParser.Parse(text);
        Assert.True(parsed.IsSuccess, parsed.Error?.ToString());
        return IdentityDecider.Decide(Assert.IsType<IdentityClaim>(parsed.Value));
    }
}
