package org.precursor.web;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import org.apache.catalina.Container;
import org.apache.catalina.Context;
import org.apache.catalina.Globals;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.coyote.ActionCode;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Requests Tomcat refuses before they reach the application (an encoded slash or "..", a null byte, a malformed
 * escape, a request line longer than the connector takes) would get Tomcat's bare error page, without the layout,
 * an explanation or the security headers. They are sent to the application's {@code /error} page instead, like every
 * other error, so readers see the site's 400 page and every response passes through the security filters.
 */
@Component
class ContainerErrorPages implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

	@Override
	public void customize(ConfigurableTomcatWebServerFactory factory) {
		factory.addContextCustomizers(context -> {
			if (context.getParent() instanceof StandardHost host) {
				host.setErrorReportValveClass(ToTheSitesErrorPage.class.getName());
				for (Valve valve : host.getPipeline().getValves()) {
					if (valve instanceof ErrorReportValve) {
						host.getPipeline().removeValve(valve);
					}
				}
				host.getPipeline().addValve(new ToTheSitesErrorPage());
			}
		});
	}

	/** After Spring Boot's own customizer, which installs Tomcat's plain error report valve. */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	/**
	 * Tomcat's error report valve, forwarding to the application's error page when the container refused a request
	 * before mapping it to the application; everything else is reported as Tomcat would (for the application's own
	 * errors, its error page has been shown already).
	 */
	public static final class ToTheSitesErrorPage extends ErrorReportValve {

		private static final Log log = LogFactory.getLog(ToTheSitesErrorPage.class);

		private static final String ERROR_PATH = "/error";

		public ToTheSitesErrorPage() {
			setShowReport(false);
			setShowServerInfo(false);
		}

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			Context context = siteContext(request);
			if (request.getContext() != null || !response.isError() || response.getStatus() < 400
					|| response.getContentWritten() > 0 || response.isCommitted() || context == null
					|| !ioAllowed(response)) {
				super.report(request, response, throwable);
				return;
			}
			request.getMappingData().context = context;
			request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, response.getStatus());
			request.setAttribute(RequestDispatcher.ERROR_MESSAGE, "");
			// Dispatched as a forward, not an error dispatch (so no error request URI either): no filter has seen
			// this request yet, and the security headers are written on the way to the error page.
			request.setAttribute(Globals.DISPATCHER_TYPE_ATTR, DispatcherType.REQUEST);
			request.setAttribute(Globals.DISPATCHER_REQUEST_PATH_ATTR, ERROR_PATH);
			ClassLoader previous = context.bind(false, null);
			try {
				response.setSuspended(false);
				response.resetBuffer(true);
				response.setContentLength(-1);
				context.getServletContext().getRequestDispatcher(ERROR_PATH)
					.forward(new HtmlUnlessAsked(request.getRequest()), response.getResponse());
				response.setSuspended(false);
				response.setErrorReported();
			}
			catch (ServletException | IOException | RuntimeException ex) {
				log.warn("Could not show the site's error page for a request the container refused", ex);
			}
			finally {
				context.unbind(false, previous);
			}
		}

		/** The site's own context; a request the container refused was mapped to none. */
		private Context siteContext(Request request) {
			Container root = getContainer() == null ? null : getContainer().findChild("");
			return root instanceof Context context ? context : null;
		}

		/** A request line too long to read leaves no headers; a reader's browser asked for a page. */
		private static final class HtmlUnlessAsked extends HttpServletRequestWrapper {

			HtmlUnlessAsked(HttpServletRequest request) {
				super(request);
			}

			@Override
			public String getHeader(String name) {
				String value = super.getHeader(name);
				return value == null && HttpHeaders.ACCEPT.equalsIgnoreCase(name) ? MediaType.TEXT_HTML_VALUE : value;
			}

			@Override
			public Enumeration<String> getHeaders(String name) {
				String value = getHeader(name);
				return HttpHeaders.ACCEPT.equalsIgnoreCase(name) && value != null
						&& !super.getHeaders(name).hasMoreElements()
						? Collections.enumeration(List.of(value)) : super.getHeaders(name);
			}

		}

		private static boolean ioAllowed(Response response) {
			AtomicBoolean allowed = new AtomicBoolean(false);
			response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, allowed);
			return allowed.get();
		}

	}

}
