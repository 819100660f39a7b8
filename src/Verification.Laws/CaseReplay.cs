using System.Globalization;

namespace Verification.Laws;

/// <summary>
/// Which generated case of which law to run again: the law's <see cref="ILaw.Name"/> and the sampling and index
/// that drew the case. <see cref="LawSampling.Draw{TInput}"/> is deterministic, so the same token gives the same
/// input on any machine; <see cref="ToString"/> is the token <c>verification audit --replay</c> reads, e.g.
/// <c>softmax-rows-sum-to-one:double:seed=1:cases=200:case=17</c>.
/// </summary>
/// <param name="LawId">The law's <see cref="ILaw.Id"/>.</param>
/// <param name="Precision">The law's <see cref="ILaw.Precision"/>.</param>
/// <param name="Sampling">The sampling the case was drawn with (its case count matters: sizes grow with the index).</param>
/// <param name="CaseIndex">The case's position in the draw, from 0.</param>
public sealed record CaseReplay(string LawId, Precision Precision, LawSampling Sampling, int CaseIndex)
{
    private const int DefaultMaximumSize = 100;

    /// <summary>Whether <paramref name="law"/> is the law this case was drawn for.</summary>
    public bool IsFor(ILaw law)
    {
        ArgumentNullException.ThrowIfNull(law);
        return law.Id == LawId && law.Precision == Precision;
    }

    /// <inheritdoc/>
    public override string ToString()
    {
        var size = Sampling.MaximumSize == DefaultMaximumSize ? string.Empty : $":size={Sampling.MaximumSize}";
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{LawId}:{PrecisionToken(Precision)}:seed={Sampling.Seed}:cases={Sampling.Cases}{size}:case={CaseIndex}");
    }

    /// <summary>Reads a token written by <see cref="ToString"/>.</summary>
    /// <exception cref="FormatException">The token is not of that form; the message says which part is wrong.</exception>
    public static CaseReplay Parse(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        const string Expected = "expected law-id:float|double|float-vs-double:seed=S:cases=N:case=K (as an audit prints it)";
        var parts = token.Trim().Split(':');
        if (parts.Length is not (5 or 6))
        {
            throw new FormatException($"replay token '{token}': {Expected}.");
        }

        if (parts[0].Length == 0)
        {
            throw new FormatException($"replay token '{token}': the law id is empty; {Expected}.");
        }

        var precision = parts[1] switch
        {
            "float" => Precision.SinglePrecision,
            "double" => Precision.DoublePrecision,
            "float-vs-double" => Precision.SingleAgainstDouble,
            _ => throw new FormatException($"replay token '{token}': precision '{parts[1]}' is none of float, double, float-vs-double."),
        };
        var seed = ulong.Parse(Field(token, parts[2], "seed"), NumberStyles.None, CultureInfo.InvariantCulture);
        var cases = Positive(token, parts[3], "cases");
        var size = parts.Length == 6 ? Positive(token, parts[4], "size") : DefaultMaximumSize;
        var index = int.Parse(Field(token, parts[^1], "case"), NumberStyles.None, CultureInfo.InvariantCulture);
        if (index >= cases)
        {
            throw new FormatException($"replay token '{token}': case {index} is beyond the {cases} cases drawn (cases count from 0).");
        }

        return new CaseReplay(parts[0], precision, new LawSampling(cases, seed, size), index);
    }

    private static string PrecisionToken(Precision precision) => precision switch
    {
        Precision.SinglePrecision => "float",
        Precision.DoublePrecision => "double",
        _ => "float-vs-double",
    };

    private static int Positive(string token, string part, string name)
    {
        var value = int.Parse(Field(token, part, name), NumberStyles.None, CultureInfo.InvariantCulture);
        return value >= 1 ? value : throw new FormatException($"replay token '{token}': {name} must be at least 1.");
    }

    /// <summary>The digits after <c>name=</c>, checked to be digits so that the parse's own exception never shows.</summary>
    private static string Field(string token, string part, string name)
    {
        var prefix = name + "=";
        var digits = part.StartsWith(prefix, StringComparison.Ordinal) ? part[prefix.Length..] : null;
        return digits is { Length: > 0 and <= 19 } && digits.All(char.IsAsciiDigit)
            ? digits
            : throw new FormatException($"replay token '{token}': expected {name}=<whole number> where it says '{part}'.");
    }
}
