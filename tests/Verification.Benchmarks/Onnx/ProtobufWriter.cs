using System.Text;

namespace Verification.Benchmarks.Onnx;

/// <summary>
/// The three protobuf wire encodings a small ONNX model needs: varint fields (wire type 0), and
/// length-delimited strings and embedded messages (wire type 2). See protobuf.dev, "Encoding".
/// </summary>
internal sealed class ProtobufWriter
{
    private const int VarintWireType = 0;
    private const int LengthDelimitedWireType = 2;

    private readonly List<byte> _bytes = [];

    /// <summary>An integer field; negative values take ten bytes (two's complement as uint64), as protobuf's int64 does.</summary>
    public ProtobufWriter Varint(int field, long value)
    {
        Tag(field, VarintWireType);
        WriteVarint(unchecked((ulong)value));
        return this;
    }

    public ProtobufWriter String(int field, string value) => Bytes(field, Encoding.UTF8.GetBytes(value));

    public ProtobufWriter Message(int field, ProtobufWriter message) => Bytes(field, message.ToArray());

    public byte[] ToArray() => [.. _bytes];

    private ProtobufWriter Bytes(int field, byte[] value)
    {
        Tag(field, LengthDelimitedWireType);
        WriteVarint((ulong)value.Length);
        _bytes.AddRange(value);
        return this;
    }

    private void Tag(int field, int wireType) => WriteVarint((ulong)((field << 3) | wireType));

    /// <summary>Seven bits per byte, least significant group first, high bit set on every byte but the last.</summary>
    private void WriteVarint(ulong value)
    {
        while (value >= 0x80)
        {
            _bytes.Add((byte)(value | 0x80));
            value >>= 7;
        }

        _bytes.Add((byte)value);
    }
}
