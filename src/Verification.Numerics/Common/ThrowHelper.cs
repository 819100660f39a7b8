using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Verification.Numerics.Common;

/// <summary>
/// The single place that builds argument exceptions, so every kernel names the faulty argument the
/// same way and the hot paths stay small (a call that never returns does not bloat the caller).
/// </summary>
internal static class ThrowHelper
{
    [DoesNotReturn]
    public static void ThrowEmpty(string parameterName) =>
        throw new ArgumentException("The input is empty; at least one element is required.", parameterName);

    [DoesNotReturn]
    public static void ThrowDestinationTooShort(string parameterName, int requiredLength, int actualLength) =>
        throw new ArgumentException(
            Format($"Destination is too short: {requiredLength} elements are required but it holds {actualLength}."),
            parameterName);

    [DoesNotReturn]
    public static void ThrowLengthMismatch(string parameterName, int actualLength, string otherParameterName, int otherLength) =>
        throw new ArgumentException(
            Format($"Length mismatch: {parameterName} holds {actualLength} elements but {otherParameterName} holds {otherLength}."),
            parameterName);

    [DoesNotReturn]
    public static void ThrowRowWidthNotPositive(string parameterName, int rowWidth) =>
        throw new ArgumentOutOfRangeException(
            parameterName, rowWidth, Format($"The row width must be positive but is {rowWidth}."));

    [DoesNotReturn]
    public static void ThrowNotDivisibleByRowWidth(string parameterName, int length, int rowWidth) =>
        throw new ArgumentException(
            Format($"The batch length {length} is not divisible by the row width {rowWidth}; rows must be complete."),
            parameterName);

    [DoesNotReturn]
    public static void ThrowRowCountMismatch(string parameterName, int targetCount, int rowCount) =>
        throw new ArgumentException(
            Format($"Row count mismatch: {parameterName} holds {targetCount} targets but the batch holds {rowCount} rows."),
            parameterName);

    [DoesNotReturn]
    public static void ThrowDegreeOfParallelismOutOfRange(string parameterName, int maxDegreeOfParallelism) =>
        throw new ArgumentOutOfRangeException(
            parameterName,
            maxDegreeOfParallelism,
            Format($"The maximum degree of parallelism is {maxDegreeOfParallelism}; it must be positive, or -1 for one worker per processor."));

    [DoesNotReturn]
    public static void ThrowClassIndexOutOfRange(string parameterName, int classIndex, int classCount) =>
        throw new ArgumentOutOfRangeException(
            parameterName, classIndex, Format($"The class index {classIndex} is out of range: it must lie in [0, {classCount})."));

    [DoesNotReturn]
    public static void ThrowProbabilityOutOfRange(string parameterName, int index, double value) =>
        throw new ArgumentOutOfRangeException(
            parameterName, value, Format($"The probability at index {index} is {value}, outside [0, 1]."));

    [DoesNotReturn]
    public static void ThrowProbabilitiesDoNotSumToOne(string parameterName, int row, double sum, double tolerance) =>
        throw new ArgumentException(
            Format($"The target probabilities of row {row} sum to {sum}, not to 1 (tolerance {tolerance})."),
            parameterName);

    [DoesNotReturn]
    public static void ThrowOverlap(string parameterName, string otherParameterName) =>
        throw new ArgumentException(
            Format($"{parameterName} overlaps {otherParameterName} without starting at the same element; use the same span (in place) or disjoint memory."),
            parameterName);

    [DoesNotReturn]
    public static void ThrowShapeMismatch(string parameterName, string message) =>
        throw new ArgumentException(message, parameterName);

    [DoesNotReturn]
    public static void ThrowLabelOutOfRange(string parameterName, int index, int label) =>
        throw new ArgumentOutOfRangeException(
            parameterName, label, Format($"The label at index {index} is {label}; binary labels must be 0 or 1."));

    [DoesNotReturn]
    public static void ThrowTemperatureOutOfRange(string parameterName, double temperature) =>
        throw new ArgumentOutOfRangeException(
            parameterName, temperature, Format($"The temperature is {temperature}; it must be positive and finite (0 < T < ∞)."));

    [DoesNotReturn]
    public static void ThrowSmoothingOutOfRange(string parameterName, double smoothing) =>
        throw new ArgumentOutOfRangeException(
            parameterName, smoothing, Format($"The label smoothing is {smoothing}; it must lie in [0, 1]."));

    private static string Format(FormattableString message) => message.ToString(CultureInfo.InvariantCulture);
}
