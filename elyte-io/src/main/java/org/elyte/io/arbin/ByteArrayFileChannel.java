package org.elyte.io.arbin;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileLock;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;

/**
 * A read-only {@link java.nio.channels.FileChannel} over a byte array, so Jackcess (which opens
 * a database from a file channel) reads an Access file already in memory without a temp file.
 * Writing, mapping and locking are refused.
 */
final class ByteArrayFileChannel extends java.nio.channels.FileChannel {
    private final byte[] data;
    private long position;

    ByteArrayFileChannel(byte[] data) {
        this.data = data;
    }

    @Override
    public int read(ByteBuffer dst) {
        int n = read(dst, position);
        if (n > 0) {
            position += n;
        }
        return n;
    }

    @Override
    public long read(ByteBuffer[] dsts, int offset, int length) {
        long total = 0;
        for (int i = offset; i < offset + length; i++) {
            int n = read(dsts[i]);
            if (n < 0) {
                return total == 0 ? -1 : total;
            }
            total += n;
        }
        return total;
    }

    @Override
    public int read(ByteBuffer dst, long at) {
        if (at >= data.length) {
            return -1;
        }
        int n = (int) Math.min(dst.remaining(), data.length - at);
        dst.put(data, (int) at, n);
        return n;
    }

    @Override
    public int write(ByteBuffer src) {
        throw new NonWritableChannelException();
    }

    @Override
    public long write(ByteBuffer[] srcs, int offset, int length) {
        throw new NonWritableChannelException();
    }

    @Override
    public int write(ByteBuffer src, long at) {
        throw new NonWritableChannelException();
    }

    @Override
    public long position() {
        return position;
    }

    @Override
    public java.nio.channels.FileChannel position(long newPosition) {
        position = newPosition;
        return this;
    }

    @Override
    public long size() {
        return data.length;
    }

    @Override
    public java.nio.channels.FileChannel truncate(long size) {
        throw new NonWritableChannelException();
    }

    @Override
    public void force(boolean metaData) {
        // nothing to flush
    }

    @Override
    public long transferTo(long at, long count, WritableByteChannel target) throws IOException {
        if (at >= data.length) {
            return 0;
        }
        return target.write(ByteBuffer.wrap(data, (int) at, (int) Math.min(count, data.length - at)));
    }

    @Override
    public long transferFrom(ReadableByteChannel src, long at, long count) {
        throw new NonWritableChannelException();
    }

    @Override
    public MappedByteBuffer map(MapMode mode, long at, long size) throws IOException {
        throw new IOException("an in-memory channel cannot be mapped");
    }

    @Override
    public FileLock lock(long at, long size, boolean shared) throws IOException {
        throw new IOException("an in-memory channel cannot be locked");
    }

    @Override
    public FileLock tryLock(long at, long size, boolean shared) throws IOException {
        throw new IOException("an in-memory channel cannot be locked");
    }

    @Override
    protected void implCloseChannel() {
        // nothing to release
    }
}
