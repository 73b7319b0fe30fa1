package dev.articles.core.state;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Buffered streams for the state files, without the locking of {@link java.io.BufferedInputStream} and
 * {@link java.io.BufferedOutputStream}: {@link DataInputStream#readInt} reads a byte at a time, so a state of 10,000
 * articles is millions of calls, and a lock on each was a measurable part of a build that changed one article. Each
 * stream is used by one thread.
 */
final class StateFiles {
    private static final int BUFFER = 1 << 16;

    private StateFiles() {
    }

    static DataInputStream reader(Path file) throws IOException {
        return new DataInputStream(new Input(Files.newInputStream(file)));
    }

    /** A writer for a new file ({@code file} is created or emptied). */
    static DataOutputStream writer(Path file) throws IOException {
        return new DataOutputStream(new Output(Files.newOutputStream(file)));
    }

    private static final class Input extends InputStream {
        private final InputStream in;
        private final byte[] buffer = new byte[BUFFER];
        private int position;
        private int limit;

        Input(InputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            if (position == limit && !fill()) {
                return -1;
            }
            return buffer[position++] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (position == limit) {
                if (len >= buffer.length) {
                    return in.read(b, off, len); // a large piece: past the buffer
                }
                if (!fill()) {
                    return -1;
                }
            }
            int n = Math.min(len, limit - position);
            System.arraycopy(buffer, position, b, off, n);
            position += n;
            return n;
        }

        private boolean fill() throws IOException {
            int n = in.read(buffer, 0, buffer.length);
            if (n <= 0) {
                return false;
            }
            position = 0;
            limit = n;
            return true;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    private static final class Output extends OutputStream {
        private final OutputStream out;
        private final byte[] buffer = new byte[BUFFER];
        private int count;

        Output(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            if (count == buffer.length) {
                flushBuffer();
            }
            buffer[count++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len >= buffer.length) {
                flushBuffer();
                out.write(b, off, len);
                return;
            }
            if (len > buffer.length - count) {
                flushBuffer();
            }
            System.arraycopy(b, off, buffer, count, len);
            count += len;
        }

        private void flushBuffer() throws IOException {
            if (count > 0) {
                out.write(buffer, 0, count);
                count = 0;
            }
        }

        @Override
        public void flush() throws IOException {
            flushBuffer();
            out.flush();
        }

        @Override
        public void close() throws IOException {
            try (out) {
                flushBuffer();
            }
        }
    }
}
